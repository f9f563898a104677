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
            .ResolveQuery(ctx =>
            {
                var vendors = ctx.Loaders().Db.Vendors.AsNoTracking();
                if (ctx.GetArgument<VendorKind?>("kind") is { } kind) vendors = vendors.Where(v => v.Kind == kind);
                return vendors.Matching(ctx.GetArgument<string?>("search"), v => v.Name, v => v.Code, v => v.CreditCode).OrderBy(v => v.Code);
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<VendorGraphType, RegisterVendorInputGraphType, RegisterVendorInput>("registerVendor", Readers.Office,
            "Enters a firm in the register of vendors under the next code (GYS-0001...); one registration per unified social credit code.", "The firm.", RegisterAsync);
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

    private static Task<Payload> ExemptAsync(IResolveFieldContext ctx, GrantTenderExemptionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            var exemption = project.GrantTenderExemption(input.Reason, input.Ceiling.ToMoney("ceiling"), scope.Actor, scope.Now);
            scope.Db.TenderExemptions.Add(exemption);
            return new MutationRunner.Change(exemption, exemption, $"Granted {project.Code} a tender exemption up to {exemption.Ceiling}: {exemption.Reason}");
        });
}
