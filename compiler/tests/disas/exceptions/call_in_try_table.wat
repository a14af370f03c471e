;; A call inside a try_table: the call is followed by nothing an exception needs (no
;; flag test): its return address goes into the handler table. The try_table spills
;; on entry and jumps over its catch clause's landing pad, which resets rsp, reloads
;; the VMContext, pushes the payload from the store context and branches to $h.

(module
  (tag $e (param i32))
  (func $g (param i32) (result i32) (local.get 0))
  (func (export "f") (param $a i32) (result i32)
    (block $h (result i32)
      (try_table (result i32) (catch $e $h)
        (i32.add (call $g (local.get $a)) (i32.const 1))))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000027
;;     1e: mov     eax,[rbp+0x10]
;;     23: leave
;;     24: ret     8
;;     27: cmp     dword ptr [r11+0x14],0
;;     30: jne     0x0000000000000046
;;     36: cmp     rax,[r11+0x38]
;;     3b: jb      0x0000000000000060
;;     41: jmp     0x000000000000001E
;;     46: mov     r11,[r14]
;;     4b: mov     qword ptr [r11+0x18],0x29
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x29
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x70]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000007F
;;     1e: push    rbx
;;     20: push    r12
;;     22: push    r13
;;     24: push    r15
;;     26: jmp     0x0000000000000054
;;     2b: lea     rsp,[rbp-0x28]
;;     2f: mov     r14,[rbp-8]
;;     34: mov     r11,[r14]
;;     39: mov     r11,[r11+0xC8]
;;     41: push    qword ptr [r11]
;;     46: mov     eax,[rbp-0x30]
;;     4b: lea     rsp,[rbp-0x28]
;;     4f: jmp     0x0000000000000067
;;     54: push    qword ptr [rbp+0x10]
;;     59: call    0xFFFFFFFFFFFFFF80
;;     5e: mov     r14,[rbp-8]
;;     63: add     eax,1
;;     67: mov     rbx,[rbp-0x10]
;;     6c: mov     r12,[rbp-0x18]
;;     71: mov     r13,[rbp-0x20]
;;     76: mov     r15,[rbp-0x28]
;;     7b: leave
;;     7c: ret     8
;;     7f: cmp     dword ptr [r11+0x14],0
;;     88: jne     0x000000000000009E
;;     8e: cmp     rax,[r11+0x38]
;;     93: jb      0x00000000000000B8
;;     99: jmp     0x000000000000001E
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x2E
;;     ac: mov     eax,0xA
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
;;     b8: mov     r11,[r14]
;;     bd: mov     qword ptr [r11+0x18],0x2E
;;     c6: mov     eax,9
;;     cc: mov     rsp,[r11+8]
;;     d1: ret
