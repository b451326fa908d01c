namespace CoopPortal.Domain.Cooperatives;

/// <summary>Whether the person is still a member. No use case ends a membership yet; an import makes a person a member again.</summary>
public enum MembershipStatus
{
    Member,

    Left,
}
