package eu.sharingcities.lighting.inventory;

import eu.sharingcities.text.Message;
import eu.sharingcities.text.Refusal;

import java.util.List;

/** An inventory file refused whole (400 in the REST API), with every problem's row and fix. */
public class InventoryRefused extends Refusal {

    private final transient List<Message> problems;

    InventoryRefused(String fileName, List<Message> problems) {
        super("lampFile.refused", fileName, List.copyOf(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Message> problems() {
        return problems;
    }
}
