namespace CoopPortal.Domain.Formation;

/// <summary>What a person types for one member.</summary>
public sealed record MemberDetails(
    string? FullName,
    string? FatherName,
    string? NationalCode,
    string? BirthDateJalali,
    string? Mobile,
    long? ShareSubscribed,
    long? AmountPaid,
    long? InKindValue,
    string? InKindDescription);
