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
COPY --from=build /build/target/prokopim-sop-*.jar app.jar
USER prokopim
# The image runs the prod profile: it refuses to start without PROKOPIM_ADMIN_PASSWORD, PROKOPIM_PUBLIC_URL and the database.
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# The heap follows the container's memory limit (docker-compose.yml: 1 GiB a node) and leaves room
# for metaspace, threads and Tomcat; a node out of memory exits, and its restart policy restarts it.
# Add flags with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=50", "-XX:MaxRAMPercentage=70", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
