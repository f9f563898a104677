using InfoGov.Api.Engine.Errors;
namespace InfoGov.Api.Engine.Mutations;

/// <summary>The result of a mutation: the object it produced or changed, or why it was refused.</summary>
public sealed record Payload(object? Result, IReadOnlyList<UserError> Errors)
{
    public static Payload Success(object result) => new(result, []);

    public static Payload Refused(UserError error) => new(null, [error]);
}
