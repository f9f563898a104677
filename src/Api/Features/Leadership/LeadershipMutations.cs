using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Leaders' responsibilities: assign, delegate, revoke, and record their fulfilment.</summary>
public static class LeadershipMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ResponsibilityAssignmentGraphType, AssignResponsibilityInputGraphType, AssignResponsibilityInput>("assignResponsibility", LeadershipReaders.ResponsibilityKeepers,
            "Assigns a responsibility of a department to one of its officials.",
            "The department, the responsibility and the holder.", AssignAsync);
        mutation.Mutation<DelegationGraphType, DelegateResponsibilityInputGraphType, DelegateResponsibilityInput>("delegateResponsibility", LeadershipReaders.ResponsibilityKeepers,
            "Delegates a responsibility (e.g. contract signing) to another official of the department for a period.",
            "The responsibility, the delegate and the period.", DelegateAsync);
        mutation.Mutation<DelegationGraphType, RevokeDelegationInputGraphType, RevokeDelegationInput>("revokeDelegation", LeadershipReaders.ResponsibilityKeepers,
            "Revokes a delegation from now on.",
            "The delegation and its version.", RevokeAsync);
        mutation.Mutation<FulfilmentRecordGraphType, RecordFulfilmentInputGraphType, RecordFulfilmentInput>("recordFulfilment", LeadershipReaders.ResponsibilityKeepers,
            "Records evidence that a responsibility was exercised.",
            "The responsibility and the evidence.", FulfilmentAsync);
        mutation.Mutation<OfficialGraphType, AppointOfficialInputGraphType, AppointOfficialInput>("appointOfficial", LeadershipReaders.Appointers,
            "Appoints a person to a post in a department: the head (whose ten informatization duties follow), a deputy, the information manager (one at a time) or staff.",
            "The department, the person and the post.", AppointAsync);
        mutation.Mutation<OfficialGraphType, EndAppointmentInputGraphType, EndAppointmentInput>("endAppointment", LeadershipReaders.Appointers,
            "Ends an official's appointment; the responsibilities the official holds end the same day. The record stays.",
            "The official and the last day in post.", EndAsync);
    }

    private static Task<Payload> AppointAsync(IResolveFieldContext ctx, AppointOfficialInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Official), null, async (scope, ct) =>
        {
            var department = await scope.DepartmentAsync(input.DepartmentCode, "departmentCode", ct);
            var serving = await scope.Db.Officials.Where(o => o.DepartmentId == department.Id && o.EndedOn == null).ToListAsync(ct);
            var official = Official.Appoint(department.Id, input.Name, input.Position, input.Post, input.Phone, input.Email, input.AccountObjectId, input.AppointedOn, serving);
            if (input.AccountObjectId is { } account)
                await scope.RequireNoneAsync(scope.Db.Officials.Where(o => o.AccountObjectId == account), UserError.Conflict,
                    "Another official has this Entra ID account.", "accountObjectId", ct);
            scope.Db.Officials.Add(official);
            if (official.IsHead)
                scope.Db.ResponsibilityAssignments.AddRange(official.TakeHeadDuties(
                    await scope.Db.ResponsibilityAssignments.Where(a => a.DepartmentId == department.Id && a.ValidTo == null).ToListAsync(ct)));
            return new MutationRunner.Change(official, official, $"Appointed {official.Name} {official.Position} ({input.Post}) of {department.Code} from {input.AppointedOn:yyyy-MM-dd}.");
        });

    private static Task<Payload> EndAsync(IResolveFieldContext ctx, EndAppointmentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Official), MutationContextExtensions.TargetId(input.OfficialId, nameof(Official)), async (scope, ct) =>
        {
            var official = await scope.FindAsync<Official>(input.OfficialId, "officialId", ct);
            scope.RequireVersion(official, input.Version);
            official.EndAppointment(input.EndedOn,
                await scope.Db.ResponsibilityAssignments.Where(a => a.HolderId == official.Id && (a.ValidTo == null || a.ValidTo > input.EndedOn)).ToListAsync(ct));
            return new MutationRunner.Change(official, official, $"Ended the appointment of {official.Name} on {input.EndedOn:yyyy-MM-dd}.");
        });

    private static Task<Payload> AssignAsync(IResolveFieldContext ctx, AssignResponsibilityInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(ResponsibilityAssignment), null, async (scope, ct) =>
        {
            var department = await scope.DepartmentAsync(input.DepartmentCode, "departmentCode", ct);
            scope.RequireDepartment(department);
            var holder = await scope.FindAsync<Official>(input.HolderId, "holderId", ct);
            var open = await scope.Db.ResponsibilityAssignments
                .Where(a => a.DepartmentId == department.Id && a.Kind == input.Kind && a.ValidTo == null).ToListAsync(ct);
            var assignment = ResponsibilityAssignment.Assign(department.Id, input.Kind, holder, input.ValidFrom, input.ValidTo, open);
            scope.Db.ResponsibilityAssignments.Add(assignment);
            return new MutationRunner.Change(assignment, assignment, $"{input.Kind} of {department.Code} assigned to {holder.Name} from {input.ValidFrom:yyyy-MM-dd}.");
        });

    private static Task<Payload> DelegateAsync(IResolveFieldContext ctx, DelegateResponsibilityInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Delegation), null, async (scope, ct) =>
        {
            var assignment = await scope.FindAsync<ResponsibilityAssignment>(input.AssignmentId, "assignmentId", ct);
            scope.RequireDepartment(assignment);
            var official = await scope.FindAsync<Official>(input.DelegateId, "delegateId", ct);
            Guid? projectId = input.ProjectId is null ? null : MutationContextExtensions.IdOf(input.ProjectId, nameof(Project), "projectId");
            if (projectId is { } id && !await scope.Db.Projects.AnyAsync(p => p.Id == id && p.OwnerDepartmentId == assignment.DepartmentId, ct))
                throw new MutationRefusal(new UserError(UserError.NotFound, "No project of the department has this id.", "projectId"));
            var delegation = Delegation.Create(assignment, official, input.Scope, input.ValidFrom, input.ValidTo, input.SigningLimit?.ToMoney("signingLimit"), projectId);
            scope.Db.Delegations.Add(delegation);
            return new MutationRunner.Change(delegation, delegation, $"{assignment.Kind} delegated to {official.Name} from {input.ValidFrom:yyyy-MM-dd} to {input.ValidTo:yyyy-MM-dd}: {delegation.Scope}");
        });

    private static Task<Payload> RevokeAsync(IResolveFieldContext ctx, RevokeDelegationInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Delegation), null, async (scope, ct) =>
        {
            var delegation = await scope.FindAsync<Delegation>(input.DelegationId, "delegationId", ct);
            var assignment = await scope.Db.ResponsibilityAssignments.SingleAsync(a => a.Id == delegation.AssignmentId, ct);
            scope.RequireDepartment(assignment);
            scope.RequireVersion(delegation, input.Version);
            delegation.Revoke(scope.Now);
            return new MutationRunner.Change(delegation, delegation, $"Revoked the delegation of {assignment.Kind}.");
        });

    private static Task<Payload> FulfilmentAsync(IResolveFieldContext ctx, RecordFulfilmentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(FulfilmentRecord), null, async (scope, ct) =>
        {
            var assignment = await scope.FindAsync<ResponsibilityAssignment>(input.AssignmentId, "assignmentId", ct);
            scope.RequireDepartment(assignment);
            var record = assignment.RecordFulfilment(input.Summary, input.FulfilledOn, input.EvidenceReference, scope.Today);
            scope.Db.FulfilmentRecords.Add(record);
            return new MutationRunner.Change(record, record, $"Fulfilment of {assignment.Kind}: {record.Summary} ({record.EvidenceReference}).");
        });
}
