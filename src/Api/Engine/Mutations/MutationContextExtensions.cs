using GraphQL;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Relay;

namespace InfoGov.Api.Engine.Mutations;

public static class MutationContextExtensions
{
    /// <summary>The request's mutation runner.</summary>
    public static MutationRunner Mutations(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<MutationRunner>();

    /// <summary>The database id behind a global id of <paramref name="typeName"/>, or NOT_FOUND on <paramref name="field"/>.</summary>
    public static Guid IdOf(string? globalId, string typeName, string field) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == typeName
            ? id
            : throw new MutationRefusal(new UserError(UserError.NotFound, $"'{globalId}' is not the id of a {typeName}.", field));

    /// <summary>The database id behind a global id of <paramref name="typeName"/>, for the audit entry of a
    /// mutation that may be refused before the object is found; null when the id is not one.</summary>
    public static Guid? TargetId(string? globalId, string typeName) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == typeName ? id : null;
}
