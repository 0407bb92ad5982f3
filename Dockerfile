# papersearch: build the fat jar with Maven, run it on a JRE 17, as a user without root.
#   docker build -t papersearch .
#   docker run -p 7070:7070 -v papersearch-index:/data/index papersearch
#   docker run -p 7070:7070 -v papersearch-index:/data/index \
#     -v /path/to/daily_papers_ko/paper_logs:/data/corpus:ro papersearch serve --corpus /data/corpus

# The official images by default; any base with a JDK 17 and Maven (build) or a JRE 17, bash and
# useradd (run) will do: CI builds on Debian bases made with debootstrap (.ci/container).
ARG BUILD_BASE=maven:3.9-eclipse-temurin-17
ARG RUN_BASE=eclipse-temurin:17-jre

FROM ${BUILD_BASE} AS build
WORKDIR /src
# The poms first, so the dependency layer is cached until a pom changes.
COPY pom.xml .
COPY papersearch-core/pom.xml papersearch-core/
COPY papersearch-solr-client/pom.xml papersearch-solr-client/
COPY papersearch-server/pom.xml papersearch-server/
# Listed by the parent pom, so their poms must be there; not built into this image (Solr's plugin,
# the eval and bench tools).
COPY papersearch-solr/pom.xml papersearch-solr/
COPY papersearch-tools/pom.xml papersearch-tools/
RUN mvn -B -q -pl papersearch-server -am dependency:go-offline || true
COPY config ./config
COPY papersearch-core/src papersearch-core/src
COPY papersearch-solr-client/src papersearch-solr-client/src
COPY papersearch-server/src papersearch-server/src
# The class-data archive is made in the run stage, for its JRE.
RUN mvn -B -q -pl papersearch-server -am package -DskipTests -Dcds.skip=true

FROM ${RUN_BASE}
# The index volume is created owned by the user, so a new named volume is writable by it.
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin papersearch \
 && mkdir -p /data/index && chown papersearch /data/index
WORKDIR /app
COPY --from=build /src/target/papersearch.jar /app/papersearch.jar
COPY config /app/config
# The class-data archive of this JRE and jar, from a start on the bundled sample (see the README):
# the classes a start loads are mapped, not read from the jar.
RUN java -XX:ArchiveClassesAtExit=/app/papersearch.jsa -Xlog:cds=off -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -cp /app/papersearch.jar dev.papersearch.cli.StartupTraining
USER papersearch
ENV PAPERSEARCH_INDEX_DIR=/data/index \
    PAPERSEARCH_SERVER_HOST=0.0.0.0 \
    PAPERSEARCH_SERVER_PORT=7070
VOLUME ["/data/index"]
EXPOSE 7070
# Ready once the index answers searches; bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PAPERSEARCH_SERVER_PORT} && printf 'GET /ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-Xmx512m", "-Xms128m", "-Xmn64m", "-XX:SurvivorRatio=2", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=/app/papersearch.jsa", "-jar", "/app/papersearch.jar"]
CMD ["serve"]
