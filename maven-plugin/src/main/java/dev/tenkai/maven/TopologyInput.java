package dev.tenkai.maven;

import dev.tenkai.json.TopologyJson;
import dev.tenkai.model.Topology;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Where a goal reads its topology: a topology JSON file, or a class on the project's compile
 * classpath that is a {@code Supplier<Topology>} or has a public static no-argument method
 * returning one ({@code com.acme.Shop} or {@code com.acme.Shop#topology}).
 */
final class TopologyInput {
  private final Optional<File> file;
  private final Optional<String> provider;

  private TopologyInput(Optional<File> file, Optional<String> provider) {
    this.file = file;
    this.provider = provider;
  }

  /** The input the goal's parameters name: exactly one of the file and the class. */
  static TopologyInput of(File file, String provider) throws MojoExecutionException {
    boolean hasProvider = provider != null && !provider.isBlank();
    if ((file == null) == !hasProvider) {
      throw new MojoExecutionException(file == null
          ? "tenkai: say where the topology is: <topologyFile> (a topology JSON file) or <topologyClass> (a class of "
              + "the project that is a Supplier<Topology> or has a public static method returning one)"
          : "tenkai: give either <topologyFile> (" + file + ") or <topologyClass> (" + provider + "), not both");
    }
    return new TopologyInput(Optional.ofNullable(file), hasProvider ? Optional.of(provider.trim()) : Optional.empty());
  }

  /** The topology file, when the topology is read from one: SARIF results point at it. */
  Optional<File> file() {
    return file;
  }

  /**
   * The source file of the class that provides the topology, found under one of {@code
   * sourceRoots} (a nested class is in its outermost class's file), if the input is a class.
   */
  Optional<File> sourceFile(List<String> sourceRoots) {
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    String className = provider.get().split("#", 2)[0];
    String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
    String relative = outer.replace('.', File.separatorChar) + ".java";
    return sourceRoots.stream().map(root -> new File(root, relative)).filter(File::isFile).findFirst();
  }

  /** Reads the topology; {@code classpath} is the project's compile classpath. */
  Topology read(List<String> classpath) throws MojoExecutionException {
    if (file.isPresent()) {
      return readFile(file.get());
    }
    return readClass(provider.orElseThrow(), classpath);
  }

  private static Topology readFile(File f) throws MojoExecutionException {
    if (!Files.isRegularFile(f.toPath())) {
      throw new MojoExecutionException("tenkai: topology file " + f + " does not exist or is not a file");
    }
    try {
      return TopologyJson.read(f.toPath());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("tenkai: topology file " + f + ": " + e.getMessage(), e);
    }
  }

  private static Topology readClass(String spec, List<String> classpath) throws MojoExecutionException {
    int hash = spec.indexOf('#');
    String className = hash < 0 ? spec : spec.substring(0, hash);
    Optional<String> methodName = hash < 0 ? Optional.empty() : Optional.of(spec.substring(hash + 1));
    try (URLClassLoader loader = new URLClassLoader(urls(classpath), TopologyInput.class.getClassLoader())) {
      Class<?> type;
      try {
        type = Class.forName(className, true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new MojoExecutionException("tenkai: topology class " + className + " is not on the project's compile classpath"
            + " (is it compiled? the goal runs after compile, in process-classes, by default): " + e, e);
      }
      Object value = methodName.isPresent() ? invoke(type, method(type, methodName.get())) : fromClass(type);
      if (!(value instanceof Topology)) {
        throw new MojoExecutionException("tenkai: " + spec + " gave " + (value == null ? "null" : "a " + value.getClass().getName())
            + ", not a dev.tenkai.model.Topology");
      }
      return (Topology) value;
    } catch (IOException e) {
      throw new MojoExecutionException("tenkai: cannot close the class loader of " + spec + ": " + e.getMessage(), e);
    }
  }

  private static Object fromClass(Class<?> type) throws MojoExecutionException {
    if (Supplier.class.isAssignableFrom(type)) {
      try {
        return ((Supplier<?>) type.getConstructor().newInstance()).get();
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
        throw new MojoExecutionException("tenkai: " + type.getName() + " is a Supplier but has no public no-argument constructor", e);
      } catch (InvocationTargetException e) {
        throw built(type.getName(), e.getCause());
      } catch (RuntimeException e) {
        throw built(type.getName(), e);
      }
    }
    List<Method> candidates = Arrays.stream(type.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && Topology.class.isAssignableFrom(m.getReturnType()))
        .collect(Collectors.toList());
    if (candidates.size() != 1) {
      throw new MojoExecutionException("tenkai: " + type.getName() + " is not a Supplier<Topology> and has "
          + (candidates.isEmpty() ? "no public static no-argument method returning a Topology"
              : candidates.size() + " public static methods returning a Topology ("
                  + candidates.stream().map(Method::getName).sorted().collect(Collectors.joining(", ")) + "): name one as "
                  + type.getName() + "#" + candidates.get(0).getName()));
    }
    return invoke(type, candidates.get(0));
  }

  private static Method method(Class<?> type, String name) throws MojoExecutionException {
    try {
      Method m = type.getMethod(name);
      if (!Modifier.isStatic(m.getModifiers())) {
        throw new MojoExecutionException("tenkai: " + type.getName() + "#" + name + " is not static");
      }
      return m;
    } catch (NoSuchMethodException e) {
      throw new MojoExecutionException("tenkai: " + type.getName() + " has no public no-argument method " + name, e);
    }
  }

  private static Object invoke(Class<?> type, Method m) throws MojoExecutionException {
    try {
      return m.invoke(null);
    } catch (IllegalAccessException e) {
      throw new MojoExecutionException("tenkai: cannot call " + type.getName() + "#" + m.getName() + ": " + e.getMessage(), e);
    } catch (InvocationTargetException e) {
      throw built(type.getName() + "#" + m.getName(), e.getCause());
    }
  }

  /** The topology's own build failed: its message names the place and the value. */
  private static MojoExecutionException built(String source, Throwable cause) {
    return new MojoExecutionException("tenkai: building the topology of " + source + " failed: " + cause.getMessage(), cause);
  }

  private static URL[] urls(List<String> classpath) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("tenkai: classpath element " + element + " is not a path: " + e.getMessage(), e);
      }
    }
    return urls.toArray(URL[]::new);
  }
}
