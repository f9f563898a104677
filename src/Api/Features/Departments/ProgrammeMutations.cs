using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Departments;

/// <summary>Programmes: opened with their lead department, revised, and given yearly targets per unit.</summary>
public static class ProgrammeMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProgrammeGraphType, OpenProgrammeInputGraphType, OpenProgrammeInput>("openProgramme", DepartmentReaders.ReferenceKeepers,
            "Opens a programme led by a department.", "The programme.", OpenAsync);
        mutation.Mutation<ProgrammeGraphType, ReviseProgrammeInputGraphType, ReviseProgrammeInput>("reviseProgramme", DepartmentReaders.ReferenceKeepers,
            "Changes a programme's name, lead department or description.", "The changes.", ReviseAsync);
        mutation.Mutation<ProgrammeTargetGraphType, SetProgrammeTargetInputGraphType, SetProgrammeTargetInput>("setProgrammeTarget", DepartmentReaders.ReferenceKeepers,
            "Sets a programme's target for a year in one unit (e.g. 15 demonstration villages in 2027).", "The programme, year, unit and quantity.", SetTargetAsync);
    }

    private static Task<Payload> OpenAsync(IResolveFieldContext ctx, OpenProgrammeInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Programme), null, async (scope, ct) =>
        {
            var lead = await scope.DepartmentAsync(input.LeadDepartmentCode, "leadDepartmentCode", ct);
            var programme = Programme.Open(input.Code, input.Name, input.NameEn, lead, input.Description);
            await scope.RequireNoneAsync(scope.Db.Programmes.Where(p => p.Code == programme.Code), UserError.Conflict,
                $"The programme code '{programme.Code}' is taken.", "code", ct);
            scope.Db.Programmes.Add(programme);
            return new MutationRunner.Change(programme, programme, $"Opened programme {programme.Code} {programme.Name}, led by {lead.Code}.");
        });

    private static Task<Payload> ReviseAsync(IResolveFieldContext ctx, ReviseProgrammeInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Programme), null, async (scope, ct) =>
        {
            var programme = await scope.ProgrammeAsync(input.Code, "code", ct);
            scope.RequireVersion(programme, input.Version);
            var lead = input.LeadDepartmentCode is null ? null : await scope.DepartmentAsync(input.LeadDepartmentCode, "leadDepartmentCode", ct);
            programme.Revise(input.Name, input.NameEn, lead, input.Description);
            return new MutationRunner.Change(programme, programme, $"Revised programme {programme.Code}.");
        });

    private static Task<Payload> SetTargetAsync(IResolveFieldContext ctx, SetProgrammeTargetInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ProgrammeTarget), null, async (scope, ct) =>
        {
            var programme = await scope.ProgrammeAsync(input.ProgrammeCode, "programmeCode", ct);
            var unit = input.Unit.Trim();
            var existing = await scope.Db.Set<ProgrammeTarget>().SingleOrDefaultAsync(t => t.ProgrammeId == programme.Id && t.Year == input.Year && t.Unit == unit, ct);
            var target = programme.SetTarget(input.Year, unit, input.Quantity, input.Note, existing);
            if (existing is null) scope.Db.Add(target);
            return new MutationRunner.Change(target, target, $"{programme.Code} targets {target.Quantity} {target.Unit} in {target.Year}.");
        });
}
