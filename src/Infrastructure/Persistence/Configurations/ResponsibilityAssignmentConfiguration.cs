using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ResponsibilityAssignmentConfiguration : IEntityTypeConfiguration<ResponsibilityAssignment>
{
    public void Configure(EntityTypeBuilder<ResponsibilityAssignment> builder)
    {
        builder.HasOne<Department>().WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Official>().WithMany().HasForeignKey(a => a.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DepartmentId, a.Kind });
    }
}
