package org.sitrep.nlp.events;

import java.util.List;
import org.sitrep.model.Event;

/** ACLED's event and sub-event types, and PLOVER modes from the words of a sentence. */
final class EventAcled {
  private EventAcled() {}

  /** The PLOVER mode of an assault, protest or coercion from its clause (lower case). */
  static String mode(String s, String type, String mode) {
    if (type.equals("ASSAULT")) {
      if (s.contains("suicide")) {
        return "suicide-attack";
      }
      if ("suicide-attack".equals(mode)) {
        mode = null; // CAMEO's 183 "suicide, car or other bombing": only the words say which
      }
      if (EventStage.has(s, "air ?strikes?|air raids?|drones?|warplanes?|jets|shell\\w*|artillery|mortars?|rockets?|missiles?|tanks?|heavy weapons")) {
        return "heavy-weapons";
      }
      if (EventStage.has(s, "bombs?|bombings?|explosi\\w+|ieds?|blasts?|landmines?|grenades?")) {
        return "explosives";
      }
      if (EventStage.has(s, "kidnap\\w*|abduct\\w*|hostages?")) {
        return "abduct";
      }
      if (EventStage.has(s, "rap(e|ed|es|ing)|sexual\\w*")) {
        return "sexual";
      }
      if (EventStage.has(s, "tortur\\w*")) {
        return "torture";
      }
      if (EventStage.has(s, "assassinat\\w*")) {
        return "assassinate";
      }
      if (EventStage.has(s, "shots?|shoot\\w*|gun\\w*|gunfire|rifles?|firearms?|pistols?|handguns?")) {
        return "firearms";
      }
      if (EventStage.has(s, "stabb\\w*|knife|knives|machetes?|clubs?|stones?")) {
        return "primitive";
      }
      return mode;
    }
    if (type.equals("PROTEST")) {
      if (EventStage.has(s, "riot\\w*|torch\\w*|set fire|looted|stones?|rocks?|vandal\\w*")) {
        return "riot";
      }
      if (EventStage.has(s, "hunger strikes?")) {
        return "strike-hun";
      }
      if (EventStage.has(s, "general strike|strikes?|walk ?outs?")) {
        return "strike-gen";
      }
      if (EventStage.has(s, "block\\w*|barricad\\w*|obstruct\\w*")) {
        return "obstruct";
      }
      return mode == null || mode.equals("demo") ? "demo" : mode;
    }
    if (EventStage.has(s, "arrest\\w*")) {
      return "arrest";
    }
    if (EventStage.has(s, "detain\\w*|detention")) {
      return "detain";
    }
    return mode;
  }

  /** ACLED's types of an event from its clause (lower case), type, mode and participants. */
  static Event.Acled of(String s, String type, String mode, List<Event.Actor> actors,
                        List<Event.Actor> recipients) {
    boolean armedRecipient = recipients.stream().anyMatch(r -> armed(r.sector()));
    boolean civilianRecipient = recipients.stream().anyMatch(r -> "CVL".equals(r.sector())
        || r.sector() == null && r.entity() == null)
        || EventStage.has(s, "civilians?|villagers?|residents?|worshippers?|children|women|passengers?|journalists?|students?");
    boolean armedActor = actors.stream().anyMatch(r -> armed(r.sector()));
    boolean protest = EventStage.has(s, "protest\\w*|demonstrat\\w*|rall(y|ies)|marchers|rioters?|riot\\w*|sit-ins?");
    boolean security = actors.stream().anyMatch(r -> "COP".equals(r.sector()) || "MIL".equals(r.sector())
        || "GOV".equals(r.sector()))
        || EventStage.has(s, "police\\w*|security forces|soldiers|troops|army|gendarmes?");
    // Tear gas, water cannon and rubber bullets are used on crowds: the codebook's intervention
    // in a protest even when the sentence does not say "protest" ("police fired tear gas at the
    // crowd and arrested 20")
    boolean crowdControl = security
        && EventStage.has(s, "tear ?gas|water cannons?|rubber bullets|dispers\\w* (the |a )?(crowds?|gatherings?|supporters|mourners)");
    if ((protest || crowdControl)
        && (type.equals("ASSAULT") || type.equals("COERCE") || type.equals("PROTEST"))) {
      // demonstrators who clash with or stone the police: a violent demonstration, whoever the
      // sentence names first ("police clashed with protesters")
      if (EventStage.has(s, "riot\\w*|torch\\w*|set fire|burn\\w*|threw stones|stones?|rocks?|petrol bombs?|vandal\\w*|loot\\w*|hurl\\w*|pelt\\w*")
          && !(security && actors.stream().anyMatch(r -> armed(r.sector())))
          || protest && EventStage.has(s, "clash\\w*|scuffl\\w*|skirmish\\w*")) {
        return new Event.Acled("Riots", "Violent demonstration");
      }
      if (security && EventStage.has(s, "killed|killing|shot dead|opened fire|live (ammunition|rounds|fire|bullets)|fired on")) {
        return new Event.Acled("Protests", "Excessive force against protesters");
      }
      if (security && EventStage.has(s, "tear ?gas|dispers\\w*|arrest\\w*|detain\\w*|water cannons?|rubber bullets|batons?|broke up|beat\\w*")) {
        return new Event.Acled("Protests", "Protest with intervention");
      }
      if (type.equals("PROTEST")) {
        return new Event.Acled("Protests", "Peaceful protest");
      }
    }
    if ((type.equals("ASSAULT") || type.equals("COERCE"))
        && (EventStage.has(s, "defus\\w*|intercept\\w*|shot down|dismantl\\w*")
        || EventStage.has(s, "seiz\\w*|confiscat\\w*|recover\\w*|found|discover\\w*")
        && EventStage.has(s, "weapons?|arms|explosives?|ammunition|caches?|bombs?|ieds?|rifles|grenades"))) {
      return new Event.Acled("Strategic developments", "Disrupted weapons use");
    }
    if ((type.equals("ASSAULT") || type.equals("COERCE"))
        && EventStage.has(s, "burn\\w*|torch\\w*|loot\\w*|destroy\\w*|set fire|ransack\\w*|demolish\\w*")
        && EventStage.has(s, "homes?|houses?|shops?|buildings?|schools?|churches|church|mosques?|property|properties|vehicles?|cars?|offices?|markets?|huts?|masts?|towers?|bridges?|pylons?|clinics?|hospitals?|health cent(re|er)s?|granar(y|ies)|crops|warehouses?")
        && !EventStage.has(s, "killed|killing|dead|died|wounded|injured")
        // a building destroyed by an air strike or shelling is that strike (the codebook codes
        // the means, not the damage)
        && !EventStage.has(s, "air ?strikes?|air raids?|drones?|warplanes?|jets|shell\\w*|artillery|mortars?|rockets?|missiles?|ieds?|explosives?|grenades?")) {
      return new Event.Acled("Strategic developments", "Looting/property destruction");
    }
    if ((type.equals("ASSAULT") || type.equals("COERCE"))
        && EventStage.has(s, "captur\\w*|seiz\\w*|took control|take control|taken control|overr?an|overrun|recaptur\\w*|retook|retake\\w*|regain\\w*|liberat\\w*")
        && EventStage.has(s, "towns?|city|village|territory|district|base|airport|province|region|neighbou?rhood|hill|positions?|stronghold|centre|center|capital|outpost")) {
      boolean back = EventStage.has(s, "recaptur\\w*|retook|retake\\w*|regain\\w*|liberat\\w*");
      boolean state = actors.stream().anyMatch(r -> "MIL".equals(r.sector()) || "GOV".equals(r.sector()));
      boolean nonState = actors.stream().anyMatch(r -> "REB".equals(r.sector()) || "UAF".equals(r.sector()));
      return back || state && !nonState
          ? new Event.Acled("Battles", "Government regains territory")
          : new Event.Acled("Battles", "Non-state actor overtakes territory");
    }
    if ((type.equals("ASSAULT") || type.equals("COERCE"))
        && EventStage.has(s, "mob|lynch\\w*|vigilantes?|villagers|residents|crowd|youths")
        && !armedActor && EventStage.has(s, "lynch\\w*|beat\\w*|stoned|stoning|killed|burnt|burned|attacked|mob")) {
      return new Event.Acled("Riots", "Mob violence");
    }
    if (!type.equals("ASSAULT") && EventStage.has(s, "sign\\w*|agreed|agree|reach\\w*|conclud\\w*|brokered")
        && EventStage.has(s, "ceasefire|cease-fire|truce|peace (deal|agreement|accord|pact|treaty)")) {
      return new Event.Acled("Strategic developments", "Agreement"); // "signed a truce"
    }
    if (!type.equals("ASSAULT") && EventStage.has(s, "bases?|headquarters|outposts?|(military|army|training|militia|rebel) camps?")
        && EventStage.has(s, "establish\\w*|set up|sets up|setting up|opened|opens|built|installed")) {
      return new Event.Acled("Strategic developments", "Headquarters or base established");
    }
    if ((type.equals("AID") || type.equals("RETREAT") || type.equals("YIELD"))
        && EventStage.has(s, "hand(ed|s|ing)? over|handover|withdr[ae]w\\w*|pull(ed)? out|ced(ed|e)")
        && EventStage.has(s, "towns?|city|village|area|territory|district|base|province|region|positions?")) {
      return new Event.Acled("Strategic developments", "Non-violent transfer of territory");
    }
    if ((type.equals("SUPPORT") || type.equals("COOPERATE") || type.equals("AGREE"))
        && armedActor
        && EventStage.has(s, "join\\w*|merg\\w*|coalition|alliance|new faction|split|splinter|formed|form a|rebrand\\w*|renam\\w*|dissolv\\w*|disband\\w*")) {
      return new Event.Acled("Strategic developments", "Change to group/activity");
    }
    switch (type) {
      case "ASSAULT": {
        if (EventStage.has(s, "chemical|sarin|chlorine|nerve agent|gas attack")) {
          return new Event.Acled("Explosions/Remote violence", "Chemical weapon");
        }
        if (EventStage.has(s, "air ?strikes?|air raids?|drones?|warplanes?|jets|bomb(ed|ing) from|helicopter gunships?|helicopters?|aerial|aircraft|air force|planes")) {
          return new Event.Acled("Explosions/Remote violence", "Air/drone strike");
        }
        if ("suicide-attack".equals(mode) || s.contains("suicide")) {
          return new Event.Acled("Explosions/Remote violence", "Suicide bomb");
        }
        if (EventStage.has(s, "shell\\w*|artillery|mortars?|rockets?|missiles?")) {
          return new Event.Acled("Explosions/Remote violence", "Shelling/artillery/missile attack");
        }
        if (EventStage.has(s, "grenades?")) {
          return new Event.Acled("Explosions/Remote violence", "Grenade");
        }
        if (EventStage.has(s, "ieds?|improvised explosive|roadside bombs?|landmines?|mines?|car bombs?|bombs?|explosive devices?|bombings?|explosions?|blasts?")) {
          return new Event.Acled("Explosions/Remote violence", "Remote explosive/landmine/IED");
        }
        if ("sexual".equals(mode)) {
          return new Event.Acled("Violence against civilians", "Sexual violence");
        }
        if ("abduct".equals(mode)) {
          return new Event.Acled("Violence against civilians", "Abduction/forced disappearance");
        }
        if (EventStage.has(s, "clash\\w*|fighting|battles?|fought|firefights?|gunfights?|exchange of fire|exchanged? fire|skirmish\\w*|ambush\\w*")
            || armedRecipient && (armedActor || actors.isEmpty())
            || actors.size() >= 2 && actors.stream().allMatch(r -> armed(r.sector()))) {
          return new Event.Acled("Battles", "Armed clash");
        }
        if (EventStage.has(s, "mob|lynch\\w*|vigilantes?")) {
          return new Event.Acled("Riots", "Mob violence");
        }
        if (civilianRecipient || !armedRecipient) {
          return new Event.Acled("Violence against civilians", "Attack");
        }
        return new Event.Acled("Battles", "Armed clash");
      }
      case "PROTEST": {
        if (EventStage.has(s, "mob|lynch\\w*")) {
          return new Event.Acled("Riots", "Mob violence");
        }
        boolean police = EventStage.has(s, "police|security forces|troops|soldiers|riot police");
        if (police && EventStage.has(s, "killed|shot dead|live (ammunition|rounds|fire)|opened fire")) {
          return new Event.Acled("Protests", "Excessive force against protesters");
        }
        if ("riot".equals(mode) || EventStage.has(s, "violent|clash\\w*|torch\\w*|set fire|stones?|rocks?|petrol bombs?")) {
          return new Event.Acled("Riots", "Violent demonstration");
        }
        if (police && EventStage.has(s, "tear ?gas|dispers\\w*|arrest\\w*|detain\\w*|water cannons?|rubber bullets|batons?|broke up")) {
          return new Event.Acled("Protests", "Protest with intervention");
        }
        return new Event.Acled("Protests", "Peaceful protest");
      }
      case "COERCE": {
        if ("arrest".equals(mode) || "detain".equals(mode)) {
          return new Event.Acled("Strategic developments", "Arrests");
        }
        if (EventStage.has(s, "captur\\w*|seiz\\w*|took control|take control|overr?an|overrun")
            && EventStage.has(s, "town|city|village|area|territory|district|base|airport|province|region|neighbou?rhood|hill")) {
          return actors.stream().anyMatch(a -> "REB".equals(a.sector()) || "UAF".equals(a.sector()))
              ? new Event.Acled("Battles", "Non-state actor overtakes territory")
              : new Event.Acled("Battles", "Government regains territory");
        }
        if (EventStage.has(s, "loot\\w*|burn\\w*|torch\\w*|destroy\\w*|demolish\\w*|vandal\\w*|ransack\\w*|set fire|arson")) {
          return new Event.Acled("Strategic developments", "Looting/property destruction");
        }
        if (EventStage.has(s, "defus\\w*|intercept\\w*|seized (weapons|arms|explosives)|weapons cache|arms cache")) {
          return new Event.Acled("Strategic developments", "Disrupted weapons use");
        }
        return null;
      }
      case "AGREE":
      case "SUPPORT":
        if (EventStage.has(s, "ceasefire|cease-fire|truce|peace (deal|agreement|accord)|agreement|accord|deal")) {
          return new Event.Acled("Strategic developments", "Agreement");
        }
        return null;
      case "RETREAT":
        if (EventStage.has(s, "hand(ed)? over|withdr[ae]w\\w*|pull(ed)? out|retreat\\w*")
            && EventStage.has(s, "town|city|village|area|territory|district|base|province|region")) {
          return new Event.Acled("Strategic developments", "Non-violent transfer of territory");
        }
        return null;
      case "MOBILIZE":
        if (EventStage.has(s, "base|headquarters|outpost")
            && EventStage.has(s, "establish\\w*|set up|built|open\\w*")) {
          return new Event.Acled("Strategic developments", "Headquarters or base established");
        }
        return armedActor ? new Event.Acled("Strategic developments", "Other") : null;
      default:
        return null;
    }
  }

  static boolean armed(String sector) {
    return sector != null && (sector.equals("MIL") || sector.equals("REB") || sector.equals("COP")
        || sector.equals("UAF") || sector.equals("SPY"));
  }
}
