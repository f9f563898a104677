using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Departments;

/// <summary>The city's organisation as it changes: units created, renamed, moved in the tree, dissolved or
/// merged. History keeps what was (every department keeps its versions; a dissolved one stays, marked).</summary>
public static class DepartmentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<DepartmentGraphType, CreateDepartmentInputGraphType, CreateDepartmentInput>("createDepartment", DepartmentReaders.ReferenceKeepers,
            "Creates a government unit, at the top of the tree or below an existing one.", "The unit.", CreateAsync);
        mutation.Mutation<DepartmentGraphType, RenameDepartmentInputGraphType, RenameDepartmentInput>("renameDepartment", DepartmentReaders.ReferenceKeepers,
            "Gives a department a new official name; its code, the key other systems use, stays.", "The department and its new name.", RenameAsync);
        mutation.Mutation<DepartmentGraphType, MoveDepartmentInputGraphType, MoveDepartmentInput>("moveDepartment", DepartmentReaders.ReferenceKeepers,
            "Moves a department, with every unit below it, under another department or to the top of the tree.", "The department and its new parent.", MoveAsync);
        mutation.Mutation<DepartmentGraphType, DissolveDepartmentInputGraphType, DissolveDepartmentInput>("dissolveDepartment", DepartmentReaders.ReferenceKeepers,
            "Ends a department: alone when it holds nothing, or merged into another department, which takes over what it held. It stays readable, marked dissolved.",
            "The department, the day and the department it merges into.", DissolveAsync);
    }

    private static Task<Payload> CreateAsync(IResolveFieldContext ctx, CreateDepartmentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Department), null, async (scope, ct) =>
        {
            var parent = input.ParentCode is null ? null : await scope.DepartmentAsync(input.ParentCode, "parentCode", ct);
            var department = Department.Create(input.Code, input.Name, input.NameEn, input.Kind, parent);
            await scope.RequireNoneAsync(scope.Db.Departments.Where(d => d.Code == department.Code), UserError.Conflict,
                $"The department code '{department.Code}' is taken.", "code", ct);
            scope.Db.Departments.Add(department);
            return new MutationRunner.Change(department, department, $"Created {department.Code} {department.Name}{(parent is null ? "" : " under " + parent.Code)}.");
        });

    private static async Task<Department> DepartmentAsync(MutationScope scope, string code, int version, CancellationToken ct)
    {
        var department = await scope.DepartmentAsync(code, "code", ct);
        scope.RequireVersion(department, version);
        return department;
    }

    private static Task<Payload> RenameAsync(IResolveFieldContext ctx, RenameDepartmentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Department), null, async (scope, ct) =>
        {
            var department = await DepartmentAsync(scope, input.Code, input.Version, ct);
            var before = department.Name;
            department.Rename(input.Name, input.NameEn);
            return new MutationRunner.Change(department, department, $"Renamed {department.Code} from {before} to {department.Name}.");
        });

    private static Task<Payload> MoveAsync(IResolveFieldContext ctx, MoveDepartmentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Department), null, async (scope, ct) =>
        {
            var department = await DepartmentAsync(scope, input.Code, input.Version, ct);
            var parent = input.ParentCode is null ? null : await scope.DepartmentAsync(input.ParentCode, "parentCode", ct);
            var tree = await TreeAsync(scope, ct);
            department.MoveUnder(parent, id => tree.GetValueOrDefault(id));
            return new MutationRunner.Change(department, department, $"Moved {department.Code} {(parent is null ? "to the top of the tree" : "under " + parent.Code)}.");
        });

    private static Task<Payload> DissolveAsync(IResolveFieldContext ctx, DissolveDepartmentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Department), null, async (scope, ct) =>
        {
            var department = await DepartmentAsync(scope, input.Code, input.Version, ct);
            var db = scope.Db;
            var id = department.Id;
            var merger = new Department.Merger(
                Children: await db.Departments.Where(d => d.ParentId == id && d.DissolvedOn == null).ToListAsync(ct),
                Projects: await db.Projects.Where(p => p.OwnerDepartmentId == id).ToListAsync(ct),
                Resources: await db.DataResources.Where(r => r.ProviderDepartmentId == id).ToListAsync(ct),
                Plans: await db.Plans.Where(p => p.DepartmentId == id).ToListAsync(ct),
                PlanItems: await db.PlanItems.Where(i => i.DepartmentId == id).ToListAsync(ct),
                PlansOfTarget: [],
                Systems: await db.InformationSystems.Where(s => s.OwnerDepartmentId == id || s.OperatorDepartmentId == id).ToListAsync(ct),
                ProgrammesLed: await db.Programmes.Where(p => p.LeadDepartmentId == id).ToListAsync(ct),
                Officials: await db.Officials.Where(o => o.DepartmentId == id).ToListAsync(ct),
                OpenAssignments: await db.ResponsibilityAssignments.Where(a => a.DepartmentId == id && (a.ValidTo == null || a.ValidTo > input.On)).ToListAsync(ct),
                AffiliatedExperts: await db.Experts.Where(e => e.AffiliationDepartmentId == id).ToListAsync(ct),
                ParentOf: _ => null);
            if (input.MergeIntoCode is null)
            {
                department.Dissolve(input.On, Held(merger));
                ctx.RequestServices!.GetRequiredService<IDepartmentDirectory>().Forget(department.Code);
                return new MutationRunner.Change(department, department, $"Dissolved {department.Code} on {input.On:yyyy-MM-dd}.");
            }
            var into = await scope.DepartmentAsync(input.MergeIntoCode, "mergeIntoCode", ct);
            var tree = await TreeAsync(scope, ct);
            department.MergeInto(into, merger with
            {
                PlansOfTarget = await db.Plans.Where(p => p.DepartmentId == into.Id).ToListAsync(ct),
                ParentOf = x => tree.GetValueOrDefault(x),
            }, input.On);
            ctx.RequestServices!.GetRequiredService<IDepartmentDirectory>().Forget(department.Code);
            return new MutationRunner.Change(department, department,
                $"Merged {department.Code} into {into.Code} on {input.On:yyyy-MM-dd}: {merger.Projects.Count} projects, {merger.Resources.Count} catalog entries, " +
                $"{merger.Plans.Count} plans, {merger.Officials.Count} officials and {merger.Children.Count} units followed.");
        });

    /// <summary>What a department dissolved alone would leave without an owner.</summary>
    private static List<string> Held(Department.Merger merger)
    {
        var held = new List<string>();
        void Count(int n, string what) { if (n > 0) held.Add($"{n} {what}"); }
        Count(merger.Children.Count, "units below it");
        Count(merger.Projects.Count, "projects");
        Count(merger.Resources.Count, "catalog entries");
        Count(merger.Plans.Count, "plans");
        Count(merger.Systems.Count, "information systems");
        Count(merger.ProgrammesLed.Count, "programmes it leads");
        Count(merger.Officials.Count(o => o.IsServing), "officials in post");
        return held;
    }

    /// <summary>Each department's parent: the whole tree, a few hundred rows at most.</summary>
    private static async Task<Dictionary<Guid, Guid?>> TreeAsync(MutationScope scope, CancellationToken ct) =>
        await scope.Db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ParentId, ct);
}
