using Microsoft.AspNetCore.Identity;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>The roles with fixed ids, seeded by migration so every database has them (production included).</summary>
internal static class RoleSeed
{
    public static IReadOnlyList<IdentityRole> Roles { get; } = CoopPortal.Domain.Users.Roles.All
        .Select((name, index) => new IdentityRole(name)
        {
            Id = $"role-{name.ToUpperInvariant()}",
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = $"seed-{index + 1}",
        })
        .ToList();
}
