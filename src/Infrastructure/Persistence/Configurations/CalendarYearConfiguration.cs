using InfoGov.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasIndex(y => y.Year).IsUnique();
        builder.PrimitiveCollection(y => y.Holidays).HasField("_holidays");
        builder.PrimitiveCollection(y => y.MakeUpWorkingDays).HasField("_makeUpWorkingDays");
        builder.Property(y => y.Source).HasMaxLength(200);
    }
}
