using Microsoft.AspNetCore.Identity;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// An account. The user name is the 10-digit national code (ASCII digits); email and mobile are stored normalized.
/// Reviewers and heads of office carry the province whose office they work for.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    [PersonalData]
    public string FullName { get; set; } = string.Empty;

    [PersonalData]
    public string NationalCode { get; set; } = string.Empty;

    /// <summary>The province of a reviewer or head of office; null for everyone else.</summary>
    public int? ProvinceId { get; set; }

    /// <summary>The county of a county office's staff (within <see cref="ProvinceId"/>); null for a provincial office's.</summary>
    public int? CountyId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// When the national code was proven to be this person's (null: not proven, so no cooperative is managed through it).
    /// See <see cref="Domain.Users.IdentityProof"/>.
    /// </summary>
    public DateTime? IdentityProvenAtUtc { get; set; }

    public Domain.Users.IdentityProof IdentityProof { get; set; }

    /// <summary>The office member who confirmed the national code (office confirmation only).</summary>
    public string? IdentityProvenByUserId { get; set; }
}
