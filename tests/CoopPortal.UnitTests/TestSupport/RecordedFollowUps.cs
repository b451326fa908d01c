using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.Register;

namespace CoopPortal.UnitTests.TestSupport;

/// <summary>Keeps the follow-ups a registration asked for, without running them.</summary>
public sealed class RecordedFollowUps : IRegistrationFollowUps
{
    public List<(NewCitizen Citizen, bool Created)> Asked { get; } = [];

    public void Enqueue(NewCitizen citizen, bool created) => Asked.Add((citizen, created));
}
