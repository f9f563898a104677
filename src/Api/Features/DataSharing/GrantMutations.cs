using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Grants one by one: the provider (or the office) revokes or renews a grant.</summary>
public static class GrantMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SharingGrantGraphType, RevokeSharingGrantInputGraphType, RevokeSharingGrantInput>("revokeSharingGrant", DataSharingReaders.SharingDeciders,
            "Ends one grant now, with a reason; accesses under it are refused from then on (GRANT_EXPIRED).",
            "The grant, its version and the reason.", RevokeAsync);
        mutation.Mutation<SharingGrantGraphType, RenewSharingGrantInputGraphType, RenewSharingGrantInput>("renewSharingGrant", DataSharingReaders.SharingDeciders,
            "Extends one grant that was not revoked, in force or lapsed, to a later last day.",
            "The grant, its version and the new last day.", RenewAsync);
    }

    private static Task<Payload> RevokeAsync(IResolveFieldContext ctx, RevokeSharingGrantInput input) =>
        Run(ctx, input.GrantId, input.Version, (scope, grant) =>
        {
            if (string.IsNullOrWhiteSpace(input.Reason)) throw new RuleViolation(RuleViolation.Validation, "Say why the grant ends.", "reason");
            grant.Revoke(scope.Now);
            return $"Revoked the grant to the department {grant.GranteeDepartmentId}: {input.Reason.Trim()}";
        });

    private static Task<Payload> RenewAsync(IResolveFieldContext ctx, RenewSharingGrantInput input) =>
        Run(ctx, input.GrantId, input.Version, (scope, grant) =>
        {
            var previous = grant.ValidUntil;
            grant.Renew(input.ValidUntil, scope.Today);
            return $"Renewed the grant from {previous:yyyy-MM-dd} to {grant.ValidUntil:yyyy-MM-dd}.";
        });

    /// <summary>Loads the grant, checks that the caller answers for its provider (or is the office) and its version, applies the change.</summary>
    private static Task<Payload> Run(IResolveFieldContext ctx, string grantId, int version, Func<MutationScope, SharingGrant, string> change) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingGrant), MutationContextExtensions.TargetId(grantId, nameof(SharingGrant)), async (scope, ct) =>
        {
            var grant = await scope.FindAsync<SharingGrant>(grantId, "grantId", ct);
            var provider = await scope.Db.DataResources.Where(r => r.Id == grant.ResourceId).Select(r => r.ProviderDepartmentId).SingleAsync(ct);
            scope.RequireDepartment(provider);
            scope.RequireVersion(grant, version);
            return new MutationRunner.Change(grant, grant, change(scope, grant));
        });
}
