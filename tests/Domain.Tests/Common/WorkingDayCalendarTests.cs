using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Common;

public class WorkingDayCalendarTests
{
    // National Day 2026: 1-7 October off (weekdays 1, 2, 5, 6, 7 are holidays), Saturday 10 October worked.
    private static readonly WorkingDayCalendar NationalDay2026 = new(
        [new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7)],
        [new(2026, 10, 10)]);

    [Fact]
    public void Weekends_are_rest_days_and_weekdays_working_days()
    {
        var calendar = WorkingDayCalendar.WeekdaysOnly;
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 20)));   // Friday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 21)));  // Saturday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 22)));  // Sunday
    }

    [Fact]
    public void Holidays_are_rest_days_and_make_up_days_are_working_days()
    {
        Assert.False(NationalDay2026.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.True(NationalDay2026.IsWorkingDay(new DateOnly(2026, 10, 10)));
    }

    [Fact]
    public void Adding_working_days_does_not_count_the_start_day()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 11, 20), 1));
        Assert.Equal(new DateOnly(2026, 11, 20), WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 11, 20), 0));
    }

    [Fact]
    public void Fifteen_working_days_skip_the_national_day_holidays_and_use_the_make_up_day()
    {
        // Submitted Monday 28 September: 29, 30 Sep, 8, 9, 10 (make-up Saturday), 12-16, 19-23 Oct.
        var due = NationalDay2026.AddWorkingDays(new DateOnly(2026, 9, 28), 15);
        Assert.Equal(new DateOnly(2026, 10, 23), due);
        Assert.Equal(15, NationalDay2026.WorkingDaysBetween(new DateOnly(2026, 9, 28), due));
    }

    [Fact]
    public void Negative_working_days_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 1, 5), -1));
}
