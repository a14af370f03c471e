;; `i16x8.relaxed_q15mulr_s` of locals, native mode: the encoding's fastest sequence.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i16x8.relaxed_q15mulr_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000038
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pmulhrsw xmm1,xmm0
;;     32: movaps  xmm0,xmm1
;;     36: leave
;;     37: ret
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x20
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x20
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000037
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vpmulhrsw xmm1,xmm1,xmm0
;;     31: movaps  xmm0,xmm1
;;     35: leave
;;     36: ret
;;     37: cmp     dword ptr [r11+0x14],0
;;     40: jne     0x0000000000000056
;;     46: cmp     rax,[r11+0x38]
;;     4b: jb      0x0000000000000070
;;     51: jmp     0x000000000000001E
;;     56: mov     r11,[r14]
;;     5b: mov     qword ptr [r11+0x18],0x20
;;     64: mov     eax,0xA
;;     6a: mov     rsp,[r11+8]
;;     6f: ret
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x20
;;     7e: mov     eax,9
;;     84: mov     rsp,[r11+8]
;;     89: ret
