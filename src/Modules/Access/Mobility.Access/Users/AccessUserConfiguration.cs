using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mobility.Access.Users;

/// <summary>Identity's user table as IdentityDbContext maps it, with the platform's names and UTC instants.</summary>
internal sealed class AccessUserConfiguration : IEntityTypeConfiguration<AccessUser>
{
    /// <summary>Identity hands lockout ends as DateTimeOffset; the platform stores instants as UTC DateTime.</summary>
    private static readonly ValueConverter<DateTimeOffset, DateTime> UtcInstant = new(
        v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    public void Configure(EntityTypeBuilder<AccessUser> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        // Required here (Identity allows null): every platform user signs in with an e-mail, which is also the user name.
        builder.Property(u => u.UserName).HasMaxLength(256).IsRequired();
        builder.Property(u => u.NormalizedUserName).HasMaxLength(256).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(256).IsRequired();
        builder.Property(u => u.NormalizedEmail).HasMaxLength(256).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.Property(u => u.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.Property(u => u.PhoneNumber).HasMaxLength(40);
        builder.Property(u => u.LockoutEnd).HasConversion(UtcInstant);
        builder.HasIndex(u => u.NormalizedUserName).IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.HasMany(u => u.Memberships).WithOne().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Memberships).HasField("_memberships");
        builder.HasMany<AccessUserRole>().WithOne().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessRoleConfiguration : IEntityTypeConfiguration<AccessRole>
{
    public void Configure(EntityTypeBuilder<AccessRole> builder)
    {
        builder.ToTable("Roles");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(256).IsRequired();
        builder.Property(r => r.NormalizedName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.ConcurrencyStamp).HasMaxLength(64).IsConcurrencyToken();
        builder.HasIndex(r => r.NormalizedName).IsUnique();
        builder.HasMany<AccessUserRole>().WithOne().HasForeignKey(r => r.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(AccessRole.All);
    }
}

internal sealed class AccessUserRoleConfiguration : IEntityTypeConfiguration<AccessUserRole>
{
    public void Configure(EntityTypeBuilder<AccessUserRole> builder)
    {
        builder.ToTable("UserRoles");
        builder.HasKey(r => new { r.UserId, r.RoleId });
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasKey(m => new { m.UserId, m.Kind, m.SubjectId });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.Kind, m.SubjectId });
    }
}
