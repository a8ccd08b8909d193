package eu.sharingcities.ingest.config;

import eu.sharingcities.text.Message;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, each with its line. */
final class Problems {

    private final String file;
    private final List<ConfigProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node node, String where, Message message) {
        found.add(new ConfigProblem(file, node == null ? 0 : node.getStartMark().getLine() + 1, where, message));
    }

    List<ConfigProblem> all() {
        return List.copyOf(found);
    }
}
