using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

public sealed class OfficialGraphType : ObjectGraphType<Official>
{
    public OfficialGraphType()
    {
        Name = "Official";
        Description = "A person holding a position in a department. Contact details are restricted data.";
        this.IsNode();
        Field(o => o.Name).Description("Full name.");
        Field(o => o.Position).Description("Position held, e.g. director.");
        Field(o => o.IsHead).Description("True for the department's head (its leader).");
        Field(o => o.IsInformationManager).Description("True for the department's head of information management (its CIO).");
        Field(o => o.Post, type: typeof(NonNullGraphType<OfficialPostGraphType>)).Description("The post held (or last held, when the appointment ended).");
        Field(o => o.AppointedOn, nullable: true).Description("The day the appointment began, when recorded.");
        Field(o => o.EndedOn, nullable: true).Description("The day the appointment ended; null while in post.");
        Field(o => o.Version).Description("Optimistic concurrency version, for endAppointment.");
        Field(o => o.Phone, nullable: true).ReadableBy(LeadershipReaders.ContactDetails).Description("Office telephone. Restricted: officials' contact details.");
        Field(o => o.Email, nullable: true).ReadableBy(LeadershipReaders.ContactDetails).Description("Office e-mail. Restricted: officials' contact details.");
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("The department the official works in.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        this.Connection<Official, ResponsibilityAssignmentGraphType>("responsibilities", "Responsibilities this official holds.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ResponsibilityAssignment>(nameof(ResponsibilityAssignment.HolderId), ctx.Source.Id, a => a.OrderBy(x => x.Kind)));
        this.Connection<Official, DelegationGraphType>("delegationsReceived", "Delegations handed to this official, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<Delegation>(nameof(Delegation.DelegateId), ctx.Source.Id, d => d.OrderByDescending(x => x.ValidFrom)));
        this.ReadableBy(Readers.Government);
    }
}
