using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Assessments;
using InfoGov.Api.Features.DataSharing;
using InfoGov.Api.Features.Leadership;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Projects;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Departments;

public sealed class DepartmentGraphType : ObjectGraphType<Department>
{
    public DepartmentGraphType()
    {
        Name = "Department";
        Description = "A government unit: the informatization office, a bureau, a township, a public institution or the information centre. Departments form a tree.";
        this.IsNode().ReadableBy(Readers.Anyone);
        Field(d => d.Code).ReadableBy(Readers.Anyone).Description("Stable, human-readable code, unique across the government (e.g. GAJ).");
        Field(d => d.Name).ReadableBy(Readers.Anyone).Description("Official name in Chinese.");
        Field(d => d.NameEn, nullable: true).ReadableBy(Readers.Anyone).Description("Name in English.");
        Field(d => d.Kind, type: typeof(NonNullGraphType<DepartmentKindGraphType>)).ReadableBy(Readers.Anyone).Description("What sort of unit this is.");
        Field(d => d.Version).ReadableBy(Readers.Anyone).Description("Optimistic concurrency version, for renameDepartment, moveDepartment and dissolveDepartment.");
        Field(d => d.DissolvedOn, nullable: true).ReadableBy(Readers.Anyone).Description("The day the unit ceased to exist; null while it exists. A dissolved unit stays readable with its history.");
        Field<DepartmentGraphType>("mergedInto").ReadableBy(Readers.Anyone).Description("The department it was merged into, when it was merged rather than simply dissolved.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.MergedIntoId));
        Field<DepartmentGraphType>("parent").ReadableBy(Readers.Anyone).Description("The department this one belongs to (a township's district); null at the top of the tree.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.ParentId));
        this.Connection<Department, DepartmentGraphType>("children", "Departments directly below this one, by code.").ReadableBy(Readers.Anyone)
            .ResolveBatched(ctx => ctx.Loaders().Children<Department>(nameof(Department.ParentId), ctx.Source.Id, ds => ds.OrderBy(d => d.Code, StringComparer.Ordinal)));
        this.Connection<Department, ProjectGraphType>("projects", "Projects this department owns (builds), by code.").ReadableBy(Readers.Anyone)
            .ResolveBatched(ctx => ctx.Loaders().Children<Project>(nameof(Project.OwnerDepartmentId), ctx.Source.Id, ps => ps.OrderBy(p => p.Code, StringComparer.Ordinal)));
        this.Connection<Department, Supervision.SupervisionNoticeGraphType>("notices", "Commendations and criticisms the office published of this department or its head, latest first.")
            .ReadableBy(Readers.Government)
            .ResolveBatched(ctx => ctx.Loaders().Children<Domain.Supervision.SupervisionNotice>(nameof(Domain.Supervision.SupervisionNotice.DepartmentId), ctx.Source.Id,
                n => n.OrderByDescending(x => x.PublishedOn)));
        this.Connection<Department, Supervision.InspectionGraphType>("inspections", "The office's inspections of this department and its projects, latest first.")
            .ReadableBy(Readers.Government)
            .ResolveBatched(ctx => ctx.Loaders().Children<Domain.Supervision.Inspection>(nameof(Domain.Supervision.Inspection.DepartmentId), ctx.Source.Id,
                i => i.OrderByDescending(x => x.InspectedOn)));
        this.Connection<Department, ProjectParticipationGraphType>("participations", "Cross-department projects of other departments this department takes part in.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ProjectParticipant>(nameof(ProjectParticipant.DepartmentId), ctx.Source.Id, p => p.OrderBy(x => x.ProjectId)));
        this.Connection<Department, ProgrammeGraphType>("programmesLed", "Programmes this department leads.").ReadableBy(Readers.Anyone)
            .ResolveBatched(ctx => ctx.Loaders().Children<Programme>(nameof(Programme.LeadDepartmentId), ctx.Source.Id, ps => ps.OrderBy(p => p.Code, StringComparer.Ordinal)));
        this.Connection<Department, OfficialGraphType>("officials", "Officials of this department: the head first, then the information manager.")
            .ResolveBatched(ctx => ctx.Loaders().Children<Official>(nameof(Official.DepartmentId), ctx.Source.Id, os => os.OrderByDescending(o => o.IsHead).ThenBy(o => o.Name, StringComparer.Ordinal)));
        this.Connection<Department, ResponsibilityAssignmentGraphType>("responsibilities", "The informatization responsibilities of this department's leader and who holds each.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ResponsibilityAssignment>(nameof(ResponsibilityAssignment.DepartmentId), ctx.Source.Id, a => a.OrderBy(x => x.Kind).ThenBy(x => x.ValidFrom)));
        this.Connection<Department, DataResourceGraphType>("dataResources", "Catalog entries this department provides, by code.").ReadableBy(Readers.Anyone)
            .ResolveBatched(ctx => ctx.Loaders().Children<DataResource>(nameof(DataResource.ProviderDepartmentId), ctx.Source.Id, rs => rs.OrderBy(r => r.Code, StringComparer.Ordinal)));
        this.Connection<Department, SharingRequestGraphType>("sharingRequestsMade", "Sharing requests this department made to other departments, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<SharingRequest>(nameof(SharingRequest.RequesterDepartmentId), ctx.Source.Id, r => r.OrderByDescending(x => x.SubmittedOn).ThenBy(x => x.Number, StringComparer.Ordinal)));
        this.Connection<Department, SharingGrantGraphType>("grantsReceived", "Grants this department holds to use other departments' resources, latest first.").ReadableBy(Readers.SharingGrants)
            .ResolveBatched(ctx => ctx.Loaders().Children<SharingGrant>(nameof(SharingGrant.GranteeDepartmentId), ctx.Source.Id, g => g.OrderByDescending(x => x.ValidFrom)));
        this.Connection<Department, AssessmentGraphType>("assessments", "This department's yearly assessments, latest year first.").ReadableBy(Readers.GovernmentAndDashboards)
            .ResolveBatched(ctx => ctx.Loaders().Children<Assessment>(nameof(Assessment.DepartmentId), ctx.Source.Id, a => a.OrderByDescending(x => x.Year)));
        SharingEvaluationGraphType.AddTo(this);
        this.ReadableBy(Readers.Anyone, fields: Readers.Government);
    }
}
