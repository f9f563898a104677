using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class FulfilmentRecordConfiguration : IEntityTypeConfiguration<FulfilmentRecord>
{
    public void Configure(EntityTypeBuilder<FulfilmentRecord> builder)
    {
        builder.Property(f => f.Summary).HasMaxLength(1000);
        builder.HasOne<ResponsibilityAssignment>().WithMany().HasForeignKey(f => f.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.FulfilledOn);
    }
}
