using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Calendar;

/// <summary>The writers of DOMAIN.md section 7 that only this feature's declarations use.</summary>
public static class CalendarReaders
{
    /// <summary>Who publishes each year's working-day calendar: the office, and the platform administrators (configuration).</summary>
    public static readonly Access CalendarKeepers = Access.Roles(Roles.CommitteeOffice, Roles.Admin);
}
