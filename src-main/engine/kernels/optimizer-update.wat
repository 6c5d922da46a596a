;; The fused optimizer updates of optimizer-update.ts in WebAssembly SIMD (4 floats at a time),
;; over the wasm backend's own memory (imported). Pointers are byte offsets, n counts floats.
;; Regenerate optimizer-update-wasm.ts after editing: `node src-main/engine/kernels/build-wat.mjs`.
(module
  (import "env" "memory" (memory 1))

  ;; Keras 3's Adam: m += (g - m) b1; v += (g^2 - v) b2; x -= m alpha / (sqrt(v) + eps)
  ;; (b1 = 1 - beta1, b2 = 1 - beta2).
  (func (export "adam")
    (param $x i32) (param $g i32) (param $m i32) (param $v i32)
    (param $ox i32) (param $om i32) (param $ov i32) (param $n i32)
    (param $b1 f32) (param $b2 f32) (param $alpha f32) (param $eps f32)
    (local $i i32) (local $end i32)
    (local $gi v128) (local $mi v128) (local $vi v128)
    (local $sg f32) (local $sm f32) (local $sv f32)
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $done
      (loop $simd
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $gi (v128.load (i32.add (local.get $g) (local.get $i))))
        (local.set $mi (v128.load (i32.add (local.get $m) (local.get $i))))
        (local.set $vi (v128.load (i32.add (local.get $v) (local.get $i))))
        (local.set $mi (f32x4.add (local.get $mi)
          (f32x4.mul (f32x4.sub (local.get $gi) (local.get $mi)) (f32x4.splat (local.get $b1)))))
        (local.set $vi (f32x4.add (local.get $vi)
          (f32x4.mul (f32x4.sub (f32x4.mul (local.get $gi) (local.get $gi)) (local.get $vi))
            (f32x4.splat (local.get $b2)))))
        (v128.store (i32.add (local.get $om) (local.get $i)) (local.get $mi))
        (v128.store (i32.add (local.get $ov) (local.get $i)) (local.get $vi))
        (v128.store (i32.add (local.get $ox) (local.get $i))
          (f32x4.sub (v128.load (i32.add (local.get $x) (local.get $i)))
            (f32x4.div (f32x4.mul (local.get $mi) (f32x4.splat (local.get $alpha)))
              (f32x4.add (f32x4.sqrt (local.get $vi)) (f32x4.splat (local.get $eps))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $simd)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $sg (f32.load (i32.add (local.get $g) (local.get $i))))
        (local.set $sm (f32.load (i32.add (local.get $m) (local.get $i))))
        (local.set $sv (f32.load (i32.add (local.get $v) (local.get $i))))
        (local.set $sm (f32.add (local.get $sm)
          (f32.mul (f32.sub (local.get $sg) (local.get $sm)) (local.get $b1))))
        (local.set $sv (f32.add (local.get $sv)
          (f32.mul (f32.sub (f32.mul (local.get $sg) (local.get $sg)) (local.get $sv)) (local.get $b2))))
        (f32.store (i32.add (local.get $om) (local.get $i)) (local.get $sm))
        (f32.store (i32.add (local.get $ov) (local.get $i)) (local.get $sv))
        (f32.store (i32.add (local.get $ox) (local.get $i))
          (f32.sub (f32.load (i32.add (local.get $x) (local.get $i)))
            (f32.div (f32.mul (local.get $sm) (local.get $alpha))
              (f32.add (f32.sqrt (local.get $sv)) (local.get $eps)))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $tail))))

  ;; RMSprop: s = rho s + (1 - rho) g^2; x -= lr g / sqrt(s + eps)  (c = 1 - rho).
  (func (export "rmsprop")
    (param $x i32) (param $g i32) (param $s i32) (param $ox i32) (param $os i32) (param $n i32)
    (param $rho f32) (param $c f32) (param $lr f32) (param $eps f32)
    (local $i i32) (local $end i32) (local $gi v128) (local $si v128) (local $sg f32) (local $ss f32)
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $done
      (loop $simd
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $gi (v128.load (i32.add (local.get $g) (local.get $i))))
        (local.set $si (f32x4.add
          (f32x4.mul (v128.load (i32.add (local.get $s) (local.get $i))) (f32x4.splat (local.get $rho)))
          (f32x4.mul (f32x4.mul (local.get $gi) (local.get $gi)) (f32x4.splat (local.get $c)))))
        (v128.store (i32.add (local.get $os) (local.get $i)) (local.get $si))
        (v128.store (i32.add (local.get $ox) (local.get $i))
          (f32x4.sub (v128.load (i32.add (local.get $x) (local.get $i)))
            (f32x4.div (f32x4.mul (local.get $gi) (f32x4.splat (local.get $lr)))
              (f32x4.sqrt (f32x4.add (local.get $si) (f32x4.splat (local.get $eps)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $simd)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $sg (f32.load (i32.add (local.get $g) (local.get $i))))
        (local.set $ss (f32.add
          (f32.mul (f32.load (i32.add (local.get $s) (local.get $i))) (local.get $rho))
          (f32.mul (f32.mul (local.get $sg) (local.get $sg)) (local.get $c))))
        (f32.store (i32.add (local.get $os) (local.get $i)) (local.get $ss))
        (f32.store (i32.add (local.get $ox) (local.get $i))
          (f32.sub (f32.load (i32.add (local.get $x) (local.get $i)))
            (f32.div (f32.mul (local.get $sg) (local.get $lr))
              (f32.sqrt (f32.add (local.get $ss) (local.get $eps))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $tail))))

  ;; Momentum: a = mu a + g; x -= lr a.
  (func (export "momentum")
    (param $x i32) (param $g i32) (param $a i32) (param $ox i32) (param $oa i32) (param $n i32)
    (param $mu f32) (param $lr f32)
    (local $i i32) (local $end i32) (local $ai v128) (local $sa f32)
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $done
      (loop $simd
        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $ai (f32x4.add
          (f32x4.mul (v128.load (i32.add (local.get $a) (local.get $i))) (f32x4.splat (local.get $mu)))
          (v128.load (i32.add (local.get $g) (local.get $i)))))
        (v128.store (i32.add (local.get $oa) (local.get $i)) (local.get $ai))
        (v128.store (i32.add (local.get $ox) (local.get $i))
          (f32x4.sub (v128.load (i32.add (local.get $x) (local.get $i)))
            (f32x4.mul (local.get $ai) (f32x4.splat (local.get $lr)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $simd)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $sa (f32.add
          (f32.mul (f32.load (i32.add (local.get $a) (local.get $i))) (local.get $mu))
          (f32.load (i32.add (local.get $g) (local.get $i)))))
        (f32.store (i32.add (local.get $oa) (local.get $i)) (local.get $sa))
        (f32.store (i32.add (local.get $ox) (local.get $i))
          (f32.sub (f32.load (i32.add (local.get $x) (local.get $i)))
            (f32.mul (local.get $sa) (local.get $lr))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $tail)))))
