namespace Storyline.Annotate.Entities;

public enum EntityType { Person, Organization, Place, Other }
