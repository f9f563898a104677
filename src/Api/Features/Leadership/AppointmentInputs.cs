using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Input of <c>appointOfficial</c>.</summary>
public sealed record AppointOfficialInput(string DepartmentCode, string Name, string Position, OfficialPost Post, DateOnly AppointedOn,
    string? Phone, string? Email, Guid? AccountObjectId);

public sealed class AppointOfficialInputGraphType : InputObjectGraphType<AppointOfficialInput>
{
    public AppointOfficialInputGraphType()
    {
        Name = "AppointOfficialInput";
        Description = "A person appointed to a post in a department.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("The department.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name, 1 to 100 characters.");
        Field<NonNullGraphType<StringGraphType>>("position").Description("The position's title, e.g. director; 1 to 100 characters.");
        Field<NonNullGraphType<OfficialPostGraphType>>("post").Description("The post: a second head or information manager is refused while one is in post.");
        Field<NonNullGraphType<DateOnlyGraphType>>("appointedOn").Description("The day the appointment begins; a head's duties are assigned from it.");
        Field<StringGraphType>("phone").Description("Office telephone (restricted data).");
        Field<StringGraphType>("email").Description("Office e-mail (restricted data).");
        Field<GuidGraphType>("accountObjectId").Description("The person's Entra ID object id, by which a signed-in user is recognised as this official.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>endAppointment</c>.</summary>
public sealed record EndAppointmentInput(string OfficialId, int Version, DateOnly EndedOn);

public sealed class EndAppointmentInputGraphType : InputObjectGraphType<EndAppointmentInput>
{
    public EndAppointmentInputGraphType()
    {
        Name = "EndAppointmentInput";
        Description = "The end of an official's appointment.";
        Field<NonNullGraphType<IdGraphType>>("officialId").Description("The official.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version the change is based on; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endedOn").Description("The last day in post; the responsibilities the official holds end that day too.");
        this.ReadableBy(Access.Inherited);
    }
}
