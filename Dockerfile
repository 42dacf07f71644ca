# syntax=docker/dockerfile:1
# The application image, built from this repository with the Maven wrapper (no tests: CI runs
# them). docker-compose.yml builds it for both nodes; see README "Production".

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/main/ src/main/
COPY bpmn/ bpmn/
COPY forms/ forms/
# the cache mount keeps downloaded dependencies between builds
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
# curl for the health check
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system prokopim \
    && useradd --system --gid prokopim --home-dir /app --shell /usr/sbin/nologin prokopim
WORKDIR /app
COPY --from=build /build/target/prokopim-sop-*.jar /tmp/prokopim-sop.jar
# Start-up time and memory (README "Footprint"): the jar extracted as Spring Boot recommends for
# class data sharing, then one training start (an in-memory database, the default demo profile,
# exit once the context is up) that archives every class the application loads; each start maps
# that archive instead of loading and verifying the classes again. A stale archive is ignored
# with a warning, never an error.
RUN java -Djarmode=tools -jar /tmp/prokopim-sop.jar extract --destination /app \
    && rm /tmp/prokopim-sop.jar \
    && cd /tmp \
    && java -XX:ArchiveClassesAtExit=/app/prokopim-sop.jsa -Dspring.context.exit=onRefresh \
        -jar /app/prokopim-sop.jar --spring.datasource.url=jdbc:h2:mem:training --logging.level.root=WARN \
    && rm -rf /tmp/*
USER prokopim
# The image runs the prod profile: it refuses to start without PROKOPIM_ADMIN_PASSWORD, PROKOPIM_PUBLIC_URL and the database.
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# The heap may grow to 70 % of the container's memory limit (docker-compose.yml: 1 GiB a node),
# leaving room for metaspace, threads and Tomcat, but starts small and is given back when idle
# (the serial collector, which suits a heap this size on two cores, shrinks it after a collection);
# smaller thread stacks; the class archive made above. A node out of memory exits, and its restart
# policy restarts it. README "Footprint" has the measurements. Add flags with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/prokopim-sop.jsa", \
    "-XX:InitialRAMPercentage=6", "-XX:MaxRAMPercentage=70", "-XX:+UseSerialGC", \
    "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-XX:+ExitOnOutOfMemoryError", \
    "-jar", "/app/prokopim-sop.jar"]
