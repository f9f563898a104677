namespace InfoGov.Api.Engine.Errors;

/// <summary>Ends a mutation with a typed refusal; the runner rolls back and records it.</summary>
public sealed class MutationRefusal(UserError error) : Exception(error.Message)
{
    public UserError Error { get; } = error;
}
