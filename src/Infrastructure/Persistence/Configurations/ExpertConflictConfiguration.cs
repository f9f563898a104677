using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ExpertConflictConfiguration : IEntityTypeConfiguration<ExpertConflict>
{
    public void Configure(EntityTypeBuilder<ExpertConflict> builder)
    {
        builder.HasOne<Expert>().WithMany().HasForeignKey(c => c.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ExpertId, c.DepartmentId }).IsUnique();
        builder.Property(c => c.Reason).HasMaxLength(1000);
    }
}
