package io.transcripts.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The AWS API actions a function's code can call: the AWS SDK client methods reachable from its
 * handler class, read from the deployment artifact's bytecode (our classes only; a method is
 * reached through a call, a method reference or lambda, or as a callback of a class we create
 * that plugs into a library type), mapped to IAM action names.
 */
final class SdkCalls {
    private static final String OURS = "io/transcripts/";
    private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
            Map.entry("DynamoDbClient.putItem", List.of("dynamodb:PutItem")),
            Map.entry("DynamoDbClient.getItem", List.of("dynamodb:GetItem")),
            Map.entry("DynamoDbClient.deleteItem", List.of("dynamodb:DeleteItem")),
            Map.entry("DynamoDbClient.updateItem", List.of("dynamodb:UpdateItem")),
            Map.entry("DynamoDbClient.query", List.of("dynamodb:Query")),
            Map.entry("DynamoDbClient.queryPaginator", List.of("dynamodb:Query")),
            Map.entry("DynamoDbClient.scan", List.of("dynamodb:Scan")),
            Map.entry("DynamoDbClient.batchWriteItem", List.of("dynamodb:BatchWriteItem")),
            Map.entry("DynamoDbClient.batchGetItem", List.of("dynamodb:BatchGetItem")),
            Map.entry("DynamoDbClient.describeTable", List.of("dynamodb:DescribeTable")),
            Map.entry("DynamoDbClient.transactWriteItems", List.of("dynamodb:TransactWriteItems")),
            // a versioned bucket's events name the version, read with GetObjectVersion
            Map.entry("S3Client.getObject", List.of("s3:GetObject", "s3:GetObjectVersion")),
            Map.entry("S3Client.getObjectAsBytes", List.of("s3:GetObject", "s3:GetObjectVersion")),
            Map.entry("S3Client.headObject", List.of("s3:GetObject", "s3:GetObjectVersion")),
            Map.entry("S3Client.putObject", List.of("s3:PutObject")),
            Map.entry("S3Client.deleteObject", List.of("s3:DeleteObject")),
            Map.entry("S3Client.listObjectsV2", List.of("s3:ListBucket")),
            Map.entry("S3Client.copyObject", List.of("s3:GetObject", "s3:PutObject")),
            Map.entry("EventBridgeClient.putEvents", List.of("events:PutEvents")));

    /** Our own adapters that call an AWS API without the service's SDK client: their methods, mapped like the clients'. */
    private static final Map<String, List<String>> OWN_CALLS = Map.of(
            "io/transcripts/financials/function/S3ObjectReader.get", List.of("s3:GetObject", "s3:GetObjectVersion"));

    private record Method(String owner, String name) {
    }

    private static final class ClassInfo {
        String superName;
        Set<String> interfaces = new HashSet<>();
        Map<String, Set<Method>> calls = new HashMap<>();
        Set<String> created = new HashSet<>();
        Map<String, Set<String>> createdBy = new HashMap<>();
    }

    private SdkCalls() {
    }

    /** The IAM actions of every SDK call reachable from the handler class, and any unmapped client call. */
    static Set<String> actions(Path jar, String handlerClass) throws IOException {
        Map<String, ClassInfo> classes = read(jar);
        Set<Method> seen = new HashSet<>();
        Deque<Method> work = new ArrayDeque<>();
        String start = handlerClass.replace('.', '/');
        classes.get(start).calls.keySet().forEach(m -> work.add(new Method(start, m)));
        Set<String> actions = new TreeSet<>();
        Set<String> initialised = new HashSet<>();
        while (!work.isEmpty()) {
            Method m = work.poll();
            if (!seen.add(m)) {
                continue;
            }
            if (!m.owner().startsWith(OURS)) {
                String simple = m.owner().substring(m.owner().lastIndexOf('/') + 1);
                if (m.owner().equals("software/amazon/awssdk/http/auth/aws/signer/AwsV4HttpSigner") && m.name().equals("sign")) {
                    actions.add("UNMAPPED:a request signed outside the mapped adapters"); // a raw AWS call no table names
                }
                if (m.owner().startsWith("software/amazon/awssdk/services/") && simple.endsWith("Client")
                        && !m.name().equals("builder") && !m.name().equals("close") && !m.name().equals("create")) {
                    List<String> a = ACTIONS.get(simple + "." + m.name());
                    actions.addAll(a != null ? a : List.of("UNMAPPED:" + simple + "." + m.name()));
                }
                continue;
            }
            List<String> own = OWN_CALLS.get(m.owner() + "." + m.name());
            if (own != null) {
                actions.addAll(own);
                continue;
            }
            ClassInfo c = classes.get(m.owner());
            if (c == null) {
                continue;
            }
            if (initialised.add(m.owner()) && c.calls.containsKey("<clinit>")) {
                work.add(new Method(m.owner(), "<clinit>"));
            }
            Set<Method> targets = c.calls.get(m.name());
            if (targets == null) {
                // inherited from one of our superclasses, or declared by an interface we implement
                for (String up = c.superName; up != null && classes.containsKey(up); up = classes.get(up).superName) {
                    work.add(new Method(up, m.name()));
                }
                for (var e : classes.entrySet()) {
                    if (e.getValue().interfaces.contains(m.owner()) && e.getValue().calls.containsKey(m.name())) {
                        work.add(new Method(e.getKey(), m.name()));
                    }
                }
                continue;
            }
            work.addAll(targets);
            for (String created : c.createdBy.getOrDefault(m.name(), Set.of())) {
                ClassInfo k = classes.get(created);
                if (k != null && pluggedIntoLibrary(k, classes)) {
                    k.calls.keySet().forEach(n -> work.add(new Method(created, n)));
                }
            }
        }
        return actions;
    }

    /** A class extending or implementing a library type is called back by the library: all its methods count. */
    private static boolean pluggedIntoLibrary(ClassInfo k, Map<String, ClassInfo> classes) {
        boolean libraryInterface = k.interfaces.stream().anyMatch(i -> !i.startsWith(OURS));
        boolean librarySuper = k.superName != null && !k.superName.startsWith(OURS)
                && !k.superName.equals("java/lang/Object") && !k.superName.equals("java/lang/Record")
                && !k.superName.equals("java/lang/Enum");
        return libraryInterface || librarySuper;
    }

    private static Map<String, ClassInfo> read(Path jar) throws IOException {
        Map<String, ClassInfo> classes = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                if (!e.getName().startsWith(OURS) || !e.getName().endsWith(".class")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    ClassInfo info = new ClassInfo();
                    new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                        String name;

                        @Override
                        public void visit(int version, int access, String n, String sig, String superName, String[] ifaces) {
                            name = n;
                            info.superName = superName;
                            if (ifaces != null) {
                                info.interfaces.addAll(List.of(ifaces));
                            }
                            classes.put(n, info);
                        }

                        @Override
                        public MethodVisitor visitMethod(int access, String method, String desc, String sig, String[] ex) {
                            Set<Method> calls = info.calls.computeIfAbsent(method, k -> new HashSet<>());
                            Set<String> created = info.createdBy.computeIfAbsent(method, k -> new HashSet<>());
                            return new MethodVisitor(Opcodes.ASM9) {
                                @Override
                                public void visitMethodInsn(int op, String owner, String n, String d, boolean itf) {
                                    calls.add(new Method(owner, n));
                                }

                                @Override
                                public void visitTypeInsn(int op, String type) {
                                    if (op == Opcodes.NEW) {
                                        created.add(type);
                                    }
                                }

                                @Override
                                public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                                    for (Object a : args) {
                                        if (a instanceof Handle h) {
                                            calls.add(new Method(h.getOwner(), h.getName()));
                                        }
                                    }
                                }
                            };
                        }
                    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                }
            }
        }
        return classes;
    }
}
