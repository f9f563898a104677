namespace InfoGov.Infrastructure.Calendar;

/// <summary>The <c>Calendar</c> configuration section: the published public holidays and make-up
/// working days, as ISO dates.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public List<DateOnly> Holidays { get; set; } = [];
    public List<DateOnly> MakeUpWorkingDays { get; set; } = [];
}
