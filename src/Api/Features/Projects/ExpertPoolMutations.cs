using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>The expert pool (the project management notice): the office enlists experts with their fields and
/// employer, revises them, retires and reinstates them. Panels are drawn from active experts only.</summary>
public static class ExpertPoolMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ExpertGraphType, EnlistExpertInputGraphType, EnlistExpertInput>("enlistExpert", ProjectReaders.PoolKeepers,
            "Adds an expert to the pool with the fields of expertise the expert is drawn for.", "The expert.", EnlistAsync);
        mutation.Mutation<ExpertGraphType, ReviseExpertInputGraphType, ReviseExpertInput>("reviseExpert", ProjectReaders.PoolKeepers,
            "Changes an expert's name, fields, title or employer.", "The changes.", ReviseAsync);
        mutation.Mutation<ExpertGraphType, ExpertStatusInputGraphType, ExpertStatusInput>("retireExpert", ProjectReaders.PoolKeepers,
            "Takes an expert out of the pool; refused while the expert sits on a panel that has not concluded.", "The expert and the day.", RetireAsync);
        mutation.Mutation<ExpertGraphType, ExpertStatusInputGraphType, ExpertStatusInput>("reinstateExpert", ProjectReaders.PoolKeepers,
            "Brings a retired expert back into the pool.", "The expert.", ReinstateAsync);
    }

    private static Task<Payload> EnlistAsync(IResolveFieldContext ctx, EnlistExpertInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expert), null, async (scope, ct) =>
        {
            var employer = input.AffiliationDepartmentCode is null ? null : await scope.DepartmentAsync(input.AffiliationDepartmentCode, "affiliationDepartmentCode", ct);
            var expert = Expert.Enlist(input.Code, input.Name, input.Fields, input.Title, employer?.Id, input.AccountObjectId);
            await scope.RequireNoneAsync(scope.Db.Experts.Where(e => e.Code == expert.Code), UserError.Conflict, $"The expert code '{expert.Code}' is taken.", "code", ct);
            if (input.AccountObjectId is { } account)
                await scope.RequireNoneAsync(scope.Db.Experts.Where(e => e.AccountObjectId == account), UserError.Conflict, "Another expert has this Entra ID account.", "accountObjectId", ct);
            scope.Db.Experts.Add(expert);
            return new MutationRunner.Change(expert, expert, $"Enlisted {expert.Code} {expert.Name} for {string.Join(", ", expert.Fields)}.");
        });

    private static async Task<Expert> ExpertAsync(MutationScope scope, string id, int version, CancellationToken ct)
    {
        var expert = await scope.FindAsync<Expert>(id, "id", ct);
        scope.RequireVersion(expert, version);
        return expert;
    }

    private static Task<Payload> ReviseAsync(IResolveFieldContext ctx, ReviseExpertInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expert), MutationContextExtensions.TargetId(input.Id, nameof(Expert)), async (scope, ct) =>
        {
            var expert = await ExpertAsync(scope, input.Id, input.Version, ct);
            if (input.AffiliationDepartmentCode is not null && input.ClearAffiliation == true)
                throw new MutationRefusal(new UserError(UserError.Validation, "Give a new employer or clear it, not both.", "clearAffiliation"));
            var employer = input.AffiliationDepartmentCode is null ? null : await scope.DepartmentAsync(input.AffiliationDepartmentCode, "affiliationDepartmentCode", ct);
            expert.Revise(input.Name, input.Fields, input.Title, employer?.Id, changesAffiliation: employer is not null || input.ClearAffiliation == true);
            return new MutationRunner.Change(expert, expert, $"Revised {expert.Code}.");
        });

    private static Task<Payload> RetireAsync(IResolveFieldContext ctx, ExpertStatusInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expert), MutationContextExtensions.TargetId(input.Id, nameof(Expert)), async (scope, ct) =>
        {
            var expert = await ExpertAsync(scope, input.Id, input.Version, ct);
            var openPanels = await (from member in scope.Db.PanelMembers
                                    join panel in scope.Db.ReviewPanels on member.PanelId equals panel.Id
                                    join project in scope.Db.Projects on panel.ProjectId equals project.Id
                                    where member.ExpertId == expert.Id && panel.ConcludedAt == null
                                    select project.Code).ToListAsync(ct);
            expert.Retire(input.On ?? scope.Today, openPanels);
            return new MutationRunner.Change(expert, expert, $"Retired {expert.Code} from the pool.");
        });

    private static Task<Payload> ReinstateAsync(IResolveFieldContext ctx, ExpertStatusInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Expert), MutationContextExtensions.TargetId(input.Id, nameof(Expert)), async (scope, ct) =>
        {
            var expert = await ExpertAsync(scope, input.Id, input.Version, ct);
            expert.Reinstate();
            return new MutationRunner.Change(expert, expert, $"Reinstated {expert.Code} in the pool.");
        });
}
