# The build stage's base for CI: the Debian base that .ci/container makes with debootstrap, plus a
# JDK 17 and Maven from Debian's packages (the official maven image's registry is not reachable), and
# the certificate authorities the building machine trusts beyond Debian's (certs/, possibly empty),
# so that Maven reaches Maven Central through the same network as the machine's own builds.
ARG DEBIAN_BASE
FROM ${DEBIAN_BASE}
RUN apt-get update -q \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless maven \
 && rm -rf /var/lib/apt/lists/*
COPY certs/ /usr/local/share/ca-certificates/
RUN update-ca-certificates
