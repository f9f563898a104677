using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>The register of vendors and the office's tender exemptions.</summary>
public static class VendorRegister
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Connection<object?, VendorGraphType>("vendors", "The register of vendors, by code.")
            .ReadableBy(ProjectReaders.VendorRegister)
            .Argument<VendorKindGraphType>("kind", "Only vendors of this kind.")
            .Argument<StringGraphType>("search", "Text contained in the name, the code or the credit code.")
            .Argument<BooleanGraphType>("active", "True: only firms on the active register; false: only retired ones.")
            .ResolveQuery(ctx =>
            {
                var vendors = ctx.Loaders().Db.Vendors.AsNoTracking();
                if (ctx.GetArgument<VendorKind?>("kind") is { } kind) vendors = vendors.Where(v => v.Kind == kind);
                if (ctx.GetArgument<bool?>("active") is { } active) vendors = active ? vendors.Where(v => v.RetiredOn == null) : vendors.Where(v => v.RetiredOn != null);
                return vendors.Matching(ctx.GetArgument<string?>("search"), v => v.Name, v => v.Code, v => v.CreditCode).OrderBy(v => v.Code);
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<VendorGraphType, RegisterVendorInputGraphType, RegisterVendorInput>("registerVendor", Readers.Office,
            "Enters a firm in the register of vendors under the next code (GYS-0001...); one registration per unified social credit code.", "The firm.", RegisterAsync);
        mutation.Mutation<VendorGraphType, ReviseVendorInputGraphType, ReviseVendorInput>("reviseVendor", Readers.Office,
            "Records a registered firm's new name or kind of work; its credit code, and so its identity, stays. Contracts keep the name they were signed under.", "The vendor, its version, the name and kind.", ReviseAsync);
        mutation.Mutation<VendorGraphType, VendorStandingInputGraphType, VendorStandingInput>("retireVendor", Readers.Office,
            "Takes a firm off the active register (dissolved, barred): no tender is awarded to it and no contract signed with it from now on; its contracts stand.", "The vendor, its version and the reason.", RetireAsync);
        mutation.Mutation<VendorGraphType, VendorStandingInputGraphType, VendorStandingInput>("reinstateVendor", Readers.Office,
            "Puts a retired firm back on the active register (a retirement made in error, a bar lifted).", "The vendor and its version.", ReinstateAsync);
        mutation.Mutation<TenderExemptionGraphType, GrantTenderExemptionInputGraphType, GrantTenderExemptionInput>("grantTenderExemption", Readers.Office,
            "Lets one contract of a project under way be signed without a tender, up to a ceiling, for a recorded reason (signContract's exemptionId).", "The project, the reason and the ceiling.", ExemptAsync);
    }

    private static Task<Payload> RegisterAsync(IResolveFieldContext ctx, RegisterVendorInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Vendor), null, async (scope, ct) =>
        {
            var code = await SequentialCodes.NextAsync(scope.Db.Vendors.Select(v => v.Code), "GYS-", ct);
            var vendor = Vendor.Register(code, input.Name, input.CreditCode, input.Kind, scope.Now);
            await scope.RequireNoneAsync(scope.Db.Vendors.Where(v => v.CreditCode == vendor.CreditCode), UserError.Validation,
                "A firm with this credit code is in the register already.", "creditCode", ct);
            scope.Db.Vendors.Add(vendor);
            return new MutationRunner.Change(vendor, vendor, $"Registered vendor {vendor.Code} {vendor.Name} ({vendor.Kind}).");
        });

    private static Task<Payload> ReviseAsync(IResolveFieldContext ctx, ReviseVendorInput input) =>
        OnVendor(ctx, input.Id, input.Version, (vendor, _) =>
        {
            var before = vendor.Name;
            vendor.Revise(input.Name, input.Kind);
            return $"Vendor {vendor.Code} revised: {before} is now {vendor.Name} ({vendor.Kind}).";
        });

    private static Task<Payload> RetireAsync(IResolveFieldContext ctx, VendorStandingInput input) =>
        OnVendor(ctx, input.Id, input.Version, (vendor, scope) =>
        {
            vendor.Retire(input.Reason ?? "", scope.Today);
            return $"Vendor {vendor.Code} {vendor.Name} retired from the register: {vendor.RetirementReason}";
        });

    private static Task<Payload> ReinstateAsync(IResolveFieldContext ctx, VendorStandingInput input) =>
        OnVendor(ctx, input.Id, input.Version, (vendor, _) =>
        {
            vendor.Reinstate();
            return $"Vendor {vendor.Code} {vendor.Name} reinstated on the register.";
        });

    /// <summary>Loads a vendor at the given version, applies one step of the register and describes it.</summary>
    private static Task<Payload> OnVendor(IResolveFieldContext ctx, string id, int version, Func<Vendor, MutationScope, string> step) =>
        ctx.Mutations().RunAsync(ctx, nameof(Vendor), MutationContextExtensions.TargetId(id, nameof(Vendor)), async (scope, ct) =>
        {
            var vendor = await scope.FindAsync<Vendor>(id, "id", ct);
            scope.RequireVersion(vendor, version);
            var what = step(vendor, scope);
            return new MutationRunner.Change(vendor, vendor, what);
        });

    private static Task<Payload> ExemptAsync(IResolveFieldContext ctx, GrantTenderExemptionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            var exemption = project.GrantTenderExemption(input.Reason, input.Ceiling.ToMoney("ceiling"), scope.Actor, scope.Now);
            scope.Db.TenderExemptions.Add(exemption);
            return new MutationRunner.Change(exemption, exemption, $"Granted {project.Code} a tender exemption up to {exemption.Ceiling}: {exemption.Reason}");
        });
}
