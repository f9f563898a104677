namespace InfoGov.Api.Engine.Http.Pipeline;

public static class GraphQLPipelineRegistration
{
    /// <summary>The endpoint and its stages, in the order they run.</summary>
    public static IServiceCollection AddGraphQLEndpointPipeline(this IServiceCollection services)
    {
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<DocumentParsing>();
        services.AddSingleton<RefusalAudit>();
        services.AddSingleton<IRequestStage, MethodStage>();
        services.AddSingleton<IRequestStage, AcceptStage>();
        services.AddSingleton<IRequestStage, AdmissionStage>();
        services.AddSingleton<IRequestStage, TokenStage>();
        services.AddSingleton<IOperationStage, PersistedDocumentStage>();
        services.AddSingleton<IOperationStage, DocumentLimitStage>();
        services.AddSingleton<IOperationStage, ExecutionStage>();
        return services;
    }
}
