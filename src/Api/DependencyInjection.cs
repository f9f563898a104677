using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using InfoGov.Api.Engine.Audit;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Health;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.Http.Pipeline;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.PersistedDocuments;
using InfoGov.Api.Engine.RateLimiting;
using InfoGov.Api.Engine.SharedState;
using InfoGov.Api.Engine.Telemetry;
using InfoGov.Api.Features.DataSharing;
using InfoGov.Api.Features.Notifications;
using InfoGov.Infrastructure.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfoGov.Api;

public static class DependencyInjection
{
    /// <summary>Registers the schema, the executer and the HTTP endpoint.</summary>
    public static IServiceCollection AddInfoGovApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSettings<Engine.Ide.GraphiQLOptions>(configuration, Engine.Ide.GraphiQLOptions.Section);
        services.AddMemoryCache();
        services.AddSingleton<Engine.Events.IEventOutbox, Features.Notifications.Outbox>();
        services.AddSingleton<Engine.Authorization.IDepartmentScopes, Features.Policy.DepartmentScopes>();
        services.AddSingleton<Engine.Authentication.IDepartmentDirectory, Features.Departments.DepartmentDirectory>();
        services.AddSingleton<Engine.Authentication.IPlatformAdministrators, Features.Policy.PlatformAdministrators>();
        var endpointOptions = services.AddSettings<GraphQLEndpointOptions>(configuration, GraphQLEndpointOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Clock(sp.GetRequiredService<TimeProvider>(), Clock.ResolveZone(configuration["Clock:TimeZone"])));
        services.AddHttpContextAccessor();
        services.AddBrowserAccess(configuration);
        services.AddInfoGovTelemetry(configuration);
        // On SIGTERM the host stops taking requests and gives those in flight this long to finish; WebSocket
        // sessions are closed with 1001 (going away) at once, so that clients reconnect elsewhere.
        var drain = configuration.GetValue("Server:DrainTime", TimeSpan.FromSeconds(30));
        if (drain <= TimeSpan.Zero) throw Infrastructure.Configuration.Settings.Wrong("Server:DrainTime", "it must be a positive time, e.g. 00:00:30.");
        services.Configure<HostOptions>(host => host.ShutdownTimeout = drain);
        services.AddBalancerForwarding(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddScoped<Loaders>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddGraphQLEndpointPipeline();
        services.AddSingleton<ParsedDocumentCache>();
        services.AddSingleton<PersistedQueries>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<RequestLimits>();
        services.AddSettings<DataSharingOptions>(configuration, DataSharingOptions.Section);
        services.AddSingleton<CheckpointSigner>();
        services.AddHostedService<AccessLogCheckpointer>();
        services.AddScoped<RefusedMutationAudit>();
        services.AddSingleton<Features.Export.CallerQuery>();
        var rateLimits = services.AddSettings<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddSingleton<RequestRateLimiter>();
        services.AddSingleton<ScopedTypes>();
        services.AddSingleton(sp => new FieldAccessRule(introspectionForAnonymous:
            environment.IsDevelopment() || !sp.GetRequiredService<AccessTokenOptions>().IntrospectionRequiresAuthentication));
        services.AddTransient(typeof(ConnectionGraphType<>));
        services.AddTransient(typeof(EdgeGraphType<>));
        services.AddTransient(typeof(PayloadGraphType<>));
        services.AddScoped<MutationRunner>();
        services.AddInfoGovSharedState(configuration);
        services.AddInfoGovNotifications(configuration);
        services.AddSettings<Features.Operations.OperationsOptions>(configuration, Features.Operations.OperationsOptions.Section);

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<InfoGovSchema>()
            .AddGraphTypes(typeof(InfoGovSchema).Assembly)
            // Chinese names go out as UTF-8 text, not \u escapes; HTML-sensitive characters stay escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // Queries run resolvers one at a time: they share the request's DbContext, which allows
            // one operation at a time. Batch loaders still collect a whole level before fetching.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            // Each event of a subscription is executed in a scope of its own (its own DbContext and
            // loaders), its fields one at a time.
            .AddScopedSubscriptionExecutionStrategy()
            .UseMiddleware<DepartmentScopeMiddleware>()
            // Activities for parsing, validation and execution; recorded only when a listener asks (TelemetrySetup).
            .UseTelemetry()
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = endpointOptions.MaxDepth;
                complexity.MaxComplexity = endpointOptions.MaxComplexity;
            })
            // Exception messages and stack traces reach clients only in Development, and only authenticated ones.
            .AddErrorInfoProvider(sp => new InfoGovErrorInfoProvider(environment.IsDevelopment(), sp.GetRequiredService<IHttpContextAccessor>()))
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("InfoGov.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled exception in resolver {Path}",
                    context.FieldContext is { } field ? string.Join('.', field.Path) : "(none)");
            }));
        services.Replace(ServiceDescriptor.Singleton<GraphQL.Execution.IDocumentBuilder, Engine.Http.DepthLimitedDocumentBuilder>());
        return services;
    }
}
