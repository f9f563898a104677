using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.Property(e => e.Code).HasMaxLength(32);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Category).HasMaxLength(40);
        builder.HasIndex(e => e.Category);
        builder.HasIndex(e => e.AccountObjectId).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(100);
        // Null for experts enlisted before an expert had several fields: their one field is the category.
        builder.PrimitiveCollection(e => e.Fields).HasField("_fields").IsRequired(false);
        builder.HasOne<Department>().WithMany().HasForeignKey(e => e.AffiliationDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
