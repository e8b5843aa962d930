# MarketGraph: multi-stage build of the command line (which also serves the web app), run as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# restore first, from the project files only, so source edits reuse the restore layer
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY crawlers/ crawlers/
COPY graph-schema/ graph-schema/
RUN dotnet restore src/MarketGraph.Cli/MarketGraph.Cli.csproj
RUN dotnet publish src/MarketGraph.Cli/MarketGraph.Cli.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown "$APP_UID" /data
ENV MARKETGRAPH_DATA=/data \
    ASPNETCORE_URLS=http://0.0.0.0:8080
# APP_UID is the unprivileged user the .NET images define
USER $APP_UID
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/marketgraph.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080"]
