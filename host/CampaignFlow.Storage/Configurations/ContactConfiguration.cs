using CampaignFlow.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.HasKey(c => c.No);
        b.Property(c => c.No).HasMaxLength(20);
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.Type).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.CorrespondenceType).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.CompanyNo).HasMaxLength(20);
        b.Property(c => c.CompanyName).HasMaxLength(100);
        b.Property(c => c.SalespersonCode).HasMaxLength(20);
        b.Property(c => c.TerritoryCode).HasMaxLength(20);
        b.Property(c => c.CountryRegionCode).HasMaxLength(10);
        b.Property(c => c.PostCode).HasMaxLength(20);
        b.Property(c => c.City).HasMaxLength(30);
        b.Property(c => c.Address).HasMaxLength(100);
        b.Property(c => c.LanguageCode).HasMaxLength(10);
        b.Property(c => c.Email).HasMaxLength(80);
        b.Property(c => c.PhoneNo).HasMaxLength(30);
        // A company points at itself; deleting a company must not silently orphan its persons.
        b.HasOne(c => c.Company).WithMany().HasForeignKey(c => c.CompanyNo).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.JobResponsibilities).WithOne().HasForeignKey(j => j.ContactNo).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.MailingGroups).WithOne().HasForeignKey(m => m.ContactNo).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.IndustryGroups).WithOne().HasForeignKey(i => i.ContactNo).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.BusinessRelations).WithOne().HasForeignKey(r => r.ContactNo).OnDelete(DeleteBehavior.Cascade);
        // The columns segment filters use most.
        b.HasIndex(c => c.CompanyNo);
        b.HasIndex(c => c.SalespersonCode);
        b.HasIndex(c => c.PostCode);
        b.HasIndex(c => c.CountryRegionCode);
        b.HasIndex(c => new { c.CompanyName, c.CompanyNo, c.Type, c.Name });
    }
}
