;; MaxPoolGrad in WebAssembly SIMD for NHWC float32 with channels in multiples of 4: per output
;; pixel and 4 channels, the first maximum of the window (row-major, strictly greater, as on the cpu
;; backend) and its byte offset, in vectors; then dy is added to dx at those offsets lane by lane.
;; dx must be zeroed by the caller. Pointers are byte offsets into the wasm backend's memory.
;; Regenerate max-pool-grad-wasm.ts after editing: `node src-main/engine/kernels/build-wat.mjs`.
(module
  (import "env" "memory" (memory 1))

  (func $scatter (param $dx i32) (param $off i32) (param $g f32)
    (if (i32.ge_s (local.get $off) (i32.const 0))
      (then
        (f32.store (i32.add (local.get $dx) (local.get $off))
          (f32.add (f32.load (i32.add (local.get $dx) (local.get $off))) (local.get $g))))))

  ;; One output pixel: xImage points at its image in x, dyp at its dy pixel.
  (func $pixel
    (param $xImage i32) (param $dyp i32) (param $dx i32) (param $imageOff i32) (param $w i32)
    (param $c i32) (param $yLo i32) (param $yHi i32) (param $xLo i32) (param $xHi i32)
    (local $cc i32) (local $y i32) (local $xx i32) (local $off i32)
    (local $v v128) (local $best v128) (local $idx v128) (local $m v128) (local $g v128)
    (block $channelsDone
      (loop $channels
        (br_if $channelsDone (i32.ge_u (local.get $cc) (local.get $c)))
        (local.set $best (f32x4.splat (f32.const -inf)))
        (local.set $idx (i32x4.splat (i32.const -1)))
        (local.set $y (local.get $yLo))
        (block $yDone
          (loop $ys
            (br_if $yDone (i32.ge_s (local.get $y) (local.get $yHi)))
            (local.set $xx (local.get $xLo))
            (block $xDone
              (loop $xs
                (br_if $xDone (i32.ge_s (local.get $xx) (local.get $xHi)))
                ;; Byte offset of (y, xx, cc) from the start of x and dx.
                (local.set $off (i32.add (local.get $imageOff) (i32.shl (i32.add
                  (i32.mul (i32.add (i32.mul (local.get $y) (local.get $w)) (local.get $xx))
                    (local.get $c))
                  (local.get $cc)) (i32.const 2))))
                (local.set $v (v128.load (i32.add (local.get $xImage)
                  (i32.sub (local.get $off) (local.get $imageOff)))))
                (local.set $m (f32x4.gt (local.get $v) (local.get $best)))
                (local.set $best (v128.bitselect (local.get $v) (local.get $best) (local.get $m)))
                (local.set $idx (v128.bitselect
                  (i32x4.add (i32x4.splat (local.get $off)) (v128.const i32x4 0 4 8 12))
                  (local.get $idx) (local.get $m)))
                (local.set $xx (i32.add (local.get $xx) (i32.const 1)))
                (br $xs)))
            (local.set $y (i32.add (local.get $y) (i32.const 1)))
            (br $ys)))
        (local.set $g (v128.load (i32.add (local.get $dyp) (i32.shl (local.get $cc) (i32.const 2)))))
        (call $scatter (local.get $dx) (i32x4.extract_lane 0 (local.get $idx))
          (f32x4.extract_lane 0 (local.get $g)))
        (call $scatter (local.get $dx) (i32x4.extract_lane 1 (local.get $idx))
          (f32x4.extract_lane 1 (local.get $g)))
        (call $scatter (local.get $dx) (i32x4.extract_lane 2 (local.get $idx))
          (f32x4.extract_lane 2 (local.get $g)))
        (call $scatter (local.get $dx) (i32x4.extract_lane 3 (local.get $idx))
          (f32x4.extract_lane 3 (local.get $g)))
        (local.set $cc (i32.add (local.get $cc) (i32.const 4)))
        (br $channels))))

  (func (export "maxPoolGrad")
    (param $x i32) (param $dy i32) (param $dx i32)
    (param $batch i32) (param $h i32) (param $w i32) (param $c i32) (param $ho i32) (param $wo i32)
    (param $fh i32) (param $fw i32) (param $sh i32) (param $sw i32) (param $pt i32) (param $pl i32)
    (local $b i32) (local $oy i32) (local $ox i32) (local $y0 i32) (local $x0 i32)
    (local $yLo i32) (local $yHi i32) (local $xLo i32) (local $xHi i32)
    (local $imageOff i32) (local $dyp i32)
    (local.set $dyp (local.get $dy))
    (block $imagesDone
      (loop $images
        (br_if $imagesDone (i32.ge_u (local.get $b) (local.get $batch)))
        (local.set $imageOff (i32.shl (i32.mul (i32.mul (i32.mul (local.get $b) (local.get $h))
          (local.get $w)) (local.get $c)) (i32.const 2)))
        (local.set $oy (i32.const 0))
        (block $rowsDone
          (loop $rows
            (br_if $rowsDone (i32.ge_u (local.get $oy) (local.get $ho)))
            (local.set $y0 (i32.sub (i32.mul (local.get $oy) (local.get $sh)) (local.get $pt)))
            (local.set $yLo (select (local.get $y0) (i32.const 0)
              (i32.gt_s (local.get $y0) (i32.const 0))))
            (local.set $yHi (i32.add (local.get $y0) (local.get $fh)))
            (local.set $yHi (select (local.get $h) (local.get $yHi)
              (i32.gt_s (local.get $yHi) (local.get $h))))
            (local.set $ox (i32.const 0))
            (block $colsDone
              (loop $cols
                (br_if $colsDone (i32.ge_u (local.get $ox) (local.get $wo)))
                (local.set $x0 (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $pl)))
                (local.set $xLo (select (local.get $x0) (i32.const 0)
                  (i32.gt_s (local.get $x0) (i32.const 0))))
                (local.set $xHi (i32.add (local.get $x0) (local.get $fw)))
                (local.set $xHi (select (local.get $w) (local.get $xHi)
                  (i32.gt_s (local.get $xHi) (local.get $w))))
                (call $pixel (i32.add (local.get $x) (local.get $imageOff)) (local.get $dyp)
                  (local.get $dx) (local.get $imageOff) (local.get $w) (local.get $c)
                  (local.get $yLo) (local.get $yHi) (local.get $xLo) (local.get $xHi))
                (local.set $dyp (i32.add (local.get $dyp) (i32.shl (local.get $c) (i32.const 2))))
                (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                (br $cols)))
            (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
            (br $rows)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $images)))))
