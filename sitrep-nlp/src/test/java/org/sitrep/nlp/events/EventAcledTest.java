package org.sitrep.nlp.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** ACLED sub-event types from a clause, its PLOVER type and its participants (no parsing). */
class EventAcledTest {
  private static Event.Actor actor(String name, String sector) {
    return new Event.Actor(null, name, null, null, sector);
  }

  private static String sub(String clause, String type, Event.Actor actor, Event.Actor recipient) {
    Event.Acled a = EventAcled.of(clause.toLowerCase(java.util.Locale.ROOT), type,
        EventAcled.mode(clause.toLowerCase(java.util.Locale.ROOT), type, null),
        actor == null ? List.of() : List.of(actor),
        recipient == null ? List.of() : List.of(recipient));
    return a == null ? null : a.subEventType();
  }

  @Test
  void protestersWhoClashWithPoliceAreAViolentDemonstration() {
    assertEquals("Violent demonstration", sub("Opposition protesters clashed with police in "
        + "Lusaka on Monday", "PROTEST", actor("protesters", null), actor("police", "COP")));
    assertEquals("Violent demonstration", sub("Riot police clashed with hundreds of protesters "
        + "outside parliament", "ASSAULT", actor("Riot police", "COP"), actor("protesters", null)));
  }

  @Test
  void tearGasOnACrowdIsAnInterventionNotAnAttack() {
    assertEquals("Protest with intervention", sub("Police fired tear gas at the crowd and "
        + "arrested 20 people in Conakry", "ASSAULT", actor("Police", "COP"), actor("crowd", null)));
    assertEquals("Protest with intervention", sub("Security forces used water cannon to "
        + "disperse the crowd", "COERCE", actor("Security forces", "COP"), actor("crowd", null)));
  }

  @Test
  void aBuildingDestroyedByAnAirStrikeIsTheAirStrike() {
    assertEquals("Air/drone strike", sub("Warplanes struck a residential tower in Gaza City, "
        + "destroying the building", "ASSAULT", actor("warplanes", "MIL"), null));
  }

  @Test
  void infrastructureDestroyedIsPropertyDestruction() {
    assertEquals("Looting/property destruction", sub("Militants destroyed a telecommunication "
        + "mast in Buale", "ASSAULT", actor("militants", "REB"), null));
  }
}
