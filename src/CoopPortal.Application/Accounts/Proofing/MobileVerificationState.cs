using CoopPortal.Application.Common.Proofing;

namespace CoopPortal.Application.Accounts.Proofing;

/// <summary>Where the signed-in person stands: mobile verified or not, national code proven or not, the last identity check.</summary>
public sealed record MobileVerificationState(string Mobile, bool MobileConfirmed, bool Proven, IdentityCheckOutcome? LastCheck = null);
