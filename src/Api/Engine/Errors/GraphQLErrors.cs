using GraphQL;

namespace InfoGov.Api.Engine.Errors;

/// <summary>Results that carry one coded error and nothing else, for every transport.</summary>
public static class GraphQLErrors
{
    public static ExecutionResult Result(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };
}
