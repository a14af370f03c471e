;; More hot locals than callee-saved registers, with a call: the extra ones live in
;; caller-saved registers that the call saves and reloads.
;; Finding: after the call, `r9` (the pinned `$a`) is reloaded from its save slot and
;; immediately overwritten by the call's result.

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (param $a i32) (result i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32) (local $i i32)
    (loop $outer (loop $l
      (local.set $b (i32.add (local.get $b) (local.get $a)))
      (local.set $c (i32.xor (local.get $c) (local.get $b)))
      (local.set $d (i32.add (local.get $d) (local.get $c)))
      (local.set $e (i32.xor (local.get $e) (local.get $d)))
      (local.set $a (call $g))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3)))))
    (i32.add (local.get $e) (local.get $d))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000026
;;     1e: mov     eax,1
;;     24: leave
;;     25: ret
;;     26: cmp     dword ptr [r11+0x14],0
;;     2f: jne     0x0000000000000045
;;     35: cmp     rax,[r11+0x38]
;;     3a: jb      0x000000000000005F
;;     40: jmp     0x000000000000001E
;;     45: mov     r11,[r14]
;;     4a: mov     qword ptr [r11+0x18],0x24
;;     53: mov     eax,0xA
;;     59: mov     rsp,[r11+8]
;;     5e: ret
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x24
;;     6d: mov     eax,9
;;     73: mov     rsp,[r11+8]
;;     78: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x98]
;;     13: cmp     rax,[r11]
;;     18: jb      0x00000000000000C8
;;     1e: push    r12
;;     20: push    r13
;;     22: push    rbx
;;     24: push    r15
;;     26: xor     eax,eax
;;     28: push    rax
;;     29: push    rax
;;     2a: push    rax
;;     2b: push    rax
;;     2c: push    rax
;;     2d: mov     r9d,[rbp+0x10]
;;     32: xor     r12d,r12d
;;     35: xor     r13d,r13d
;;     38: xor     ebx,ebx
;;     3b: xor     r10d,r10d
;;     3e: xor     r15d,r15d
;;     41: mov     r11,[r14]
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x000000000000011B
;;     55: mov     r11,[r14]
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000135
;;     69: add     r12d,r9d
;;     6c: xor     r13d,r12d
;;     6f: add     ebx,r13d
;;     72: xor     r10d,ebx
;;     75: lea     rsp,[rsp-8]
;;     7a: mov     [rbp+0x10],r9
;;     7f: mov     [rbp-0x48],r10
;;     84: call    0xFFFFFFFFFFFFFF80
;;     89: mov     r9,[rbp+0x10]
;;     8e: mov     r10,[rbp-0x48]
;;     93: lea     rsp,[rsp+8]
;;     98: mov     r9,rax
;;     9b: add     r15d,1
;;     9f: cmp     r15d,3
;;     a6: jb      0x0000000000000055
;;     ac: mov     rax,r10
;;     af: add     eax,ebx
;;     b2: mov     r12,[rbp-0x10]
;;     b7: mov     r13,[rbp-0x18]
;;     bc: mov     rbx,[rbp-0x20]
;;     c1: mov     r15,[rbp-0x28]
;;     c6: leave
;;     c7: ret
;;     c8: cmp     dword ptr [r11+0x14],0
;;     d1: jne     0x00000000000000E7
;;     d7: cmp     rax,[r11+0x38]
;;     dc: jb      0x0000000000000101
;;     e2: jmp     0x000000000000001E
;;     e7: mov     r11,[r14]
;;     ec: mov     qword ptr [r11+0x18],0x29
;;     f5: mov     eax,0xA
;;     fb: mov     rsp,[r11+8]
;;    100: ret
;;    101: mov     r11,[r14]
;;    106: mov     qword ptr [r11+0x18],0x29
;;    10f: mov     eax,9
;;    115: mov     rsp,[r11+8]
;;    11a: ret
;;    11b: mov     r11,[r14]
;;    120: mov     qword ptr [r11+0x18],0x2C
;;    129: mov     eax,0xA
;;    12f: mov     rsp,[r11+8]
;;    134: ret
;;    135: mov     r11,[r14]
;;    13a: mov     qword ptr [r11+0x18],0x2E
;;    143: mov     eax,0xA
;;    149: mov     rsp,[r11+8]
;;    14e: ret
