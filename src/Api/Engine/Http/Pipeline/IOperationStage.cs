namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>A step of one operation: resolving a persisted document, the document limits, execution.</summary>
public interface IOperationStage
{
    /// <returns>An outcome ends the operation with it; null passes it to the next stage.</returns>
    ValueTask<OperationOutcome?> RunAsync(GraphQLOperation operation);
}
