# syntax=docker/dockerfile:1
# papersearch: build the fat jar with Maven, run it on a JRE 17.
#   docker build -t papersearch .
#   docker run -p 7070:7070 -v papersearch-index:/data/index papersearch
#   docker run -p 7070:7070 -v papersearch-index:/data/index \
#     -v /path/to/daily_papers_ko/paper_logs:/data/corpus:ro papersearch serve --corpus /data/corpus

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The poms first, so the dependency layer is cached until a pom changes.
COPY pom.xml .
COPY papersearch-core/pom.xml papersearch-core/
COPY papersearch-solr-client/pom.xml papersearch-solr-client/
COPY papersearch-server/pom.xml papersearch-server/
# Listed by the parent pom, so its pom must be there; not built into this image (it is Solr's plugin).
COPY papersearch-solr/pom.xml papersearch-solr/
RUN mvn -B -q -pl papersearch-server -am dependency:go-offline || true
COPY config ./config
COPY papersearch-core/src papersearch-core/src
COPY papersearch-solr-client/src papersearch-solr-client/src
COPY papersearch-server/src papersearch-server/src
RUN mvn -B -q -pl papersearch-server -am package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/papersearch.jar /app/papersearch.jar
COPY config /app/config
ENV PAPERSEARCH_INDEX_DIR=/data/index \
    PAPERSEARCH_SERVER_HOST=0.0.0.0 \
    PAPERSEARCH_SERVER_PORT=7070
VOLUME ["/data/index"]
EXPOSE 7070
ENTRYPOINT ["java", "-Xmx512m", "-Xms64m", "-Xmn40m", "-XX:+UseSerialGC", "-jar", "/app/papersearch.jar"]
CMD ["serve"]
