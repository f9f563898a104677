using InfoGov.Domain.Common;
using InfoGov.Domain.Leadership;

namespace InfoGov.Domain.Tests.Leadership;

public sealed class AppointmentTests
{
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly DateOnly Day = new(2027, 1, 1);

    [Fact]
    public void A_department_has_one_information_manager_at_a_time()
    {
        var first = Official.Appoint(Department, "王", "科长", OfficialPost.InformationManager, null, null, null, Day, []);
        Assert.Equal(RuleViolation.Conflict,
            Assert.Throws<RuleViolation>(() => Official.Appoint(Department, "赵", "副科长", OfficialPost.InformationManager, null, null, null, Day, [first])).Code);

        first.EndAppointment(Day.AddMonths(1), []);
        Assert.True(Official.Appoint(Department, "赵", "科长", OfficialPost.InformationManager, null, null, null, Day.AddMonths(1), [first]).IsInformationManager);
    }

    [Fact]
    public void A_new_head_takes_the_ten_duties_and_the_previous_heads_end_the_day_before()
    {
        var previous = Official.Appoint(Department, "李", "局长", OfficialPost.Head, null, null, null, Day.AddYears(-2), []);
        var held = previous.TakeHeadDuties([]);
        Assert.Equal(10, held.Count);
        previous.EndAppointment(Day.AddDays(-1), []);

        var head = Official.Appoint(Department, "张", "局长", OfficialPost.Head, null, null, null, Day, [previous]);
        var duties = head.TakeHeadDuties(held);
        Assert.Equal(Official.HeadDuties, duties.Select(d => d.Kind));
        Assert.All(duties, d => Assert.Equal(head.Id, d.HolderId));
        Assert.All(held, d => Assert.Equal(Day.AddDays(-1), d.ValidTo));
    }

    [Fact]
    public void Ending_an_appointment_ends_the_responsibilities_held()
    {
        var head = Official.Appoint(Department, "张", "局长", OfficialPost.Head, null, null, null, Day, []);
        var duties = head.TakeHeadDuties([]);
        head.EndAppointment(Day.AddMonths(6), duties);
        Assert.False(head.IsServing);
        Assert.All(duties, d => Assert.Equal(Day.AddMonths(6), d.ValidTo));
        Assert.Throws<RuleViolation>(() => head.EndAppointment(Day.AddMonths(7), []));
    }
}
