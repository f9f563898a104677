using GraphQL;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>Results that carry one coded error and nothing else.</summary>
public static class GraphQLErrors
{
    public static ExecutionResult Result(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };
}
